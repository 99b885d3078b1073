package org.jianding.app.competency.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jianding.app.accounts.Post;
import org.jianding.app.competency.CompetencyModel;
import org.jianding.app.competency.ItemClass;
import org.jianding.app.competency.ModelItem;
import org.jianding.bank.Level;

/** The form fields of a model version (the names {@code CompetencyModels.save} reads), for the editor to show. */
final class ModelFields {

    private ModelFields() {}

    static Map<String, String> of(CompetencyModel model, List<Post> posts) {
        Map<String, String> f = new LinkedHashMap<>();
        for (ItemClass c : model.classes()) {
            f.put("class." + c.code() + ".name", c.name());
        }
        for (ModelItem item : model.items()) {
            String p = "item." + item.code();
            f.put(p + ".name", item.name());
            f.put(p + ".class", item.classCode());
            if (item.knowledge()) {
                f.put(p + ".area", item.area());
            }
            for (Level level : Level.values()) {
                f.put(p + "." + level.name() + ".summary", item.at(level).summary());
                f.put(
                        p + "." + level.name() + ".behaviours",
                        String.join("\n", item.at(level).behaviours()));
            }
        }
        for (Post post : posts) {
            for (Level level : Level.values()) {
                for (ModelItem item : model.items()) {
                    f.put(
                            "std." + post.code() + "." + level.name() + "." + item.code(),
                            model.standard(post.code(), level, item.code()).name());
                }
            }
        }
        for (Level level : Level.values()) {
            f.put(
                    "band." + level.name(),
                    model.bands().get(level).stripTrailingZeros().toPlainString());
        }
        return f;
    }
}
