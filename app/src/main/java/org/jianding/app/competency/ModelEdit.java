package org.jianding.app.competency;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jianding.app.accounts.Post;
import org.jianding.bank.Level;

/**
 * Reads an edited model from form fields over the current version and lists every problem at once. Fields:
 * {@code class.<code>.name}; {@code item.<code>.name}, {@code .class}, {@code .area} (knowledge items), {@code
 * .<LEVEL>.summary}, {@code .<LEVEL>.behaviours} (one per line); {@code std.<post>.<LEVEL>.<item>} (a level name);
 * {@code band.<LEVEL>}; a field left out keeps the current value. Item codes and the set of items are fixed.
 */
final class ModelEdit {

    static final int NAME_MAX = 50;
    static final int TEXT_MAX = 200;

    private final CompetencyModel current;
    private final Map<String, String> form;
    private final List<Post> posts;
    private final Predicate<String> knowledgeNodeExists;
    private final List<CompetencyProblem> problems = new ArrayList<>();

    ModelEdit(CompetencyModel current, Map<String, String> form, List<Post> posts, Predicate<String> nodeExists) {
        this.current = current;
        this.form = form;
        this.posts = posts;
        this.knowledgeNodeExists = nodeExists;
    }

    List<CompetencyProblem> problems() {
        return problems;
    }

    ModelRepository.Definition read() {
        List<ItemClass> classes = current.classes().stream()
                .map(c -> new ItemClass(c.code(), text("class." + c.code() + ".name", c.name(), NAME_MAX)))
                .toList();
        Set<String> classCodes = new HashSet<>();
        classes.forEach(c -> classCodes.add(c.code()));
        List<ModelItem> items = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Set<String> areas = new HashSet<>();
        for (ModelItem item : current.items()) {
            String p = "item." + item.code();
            String name = text(p + ".name", item.name(), NAME_MAX);
            if (!name.isEmpty() && !names.add(name)) {
                problems.add(CompetencyProblem.of(p + ".name", "competency.model.nameTwice", name));
            }
            String classCode = value(p + ".class", item.classCode());
            if (!classCodes.contains(classCode)) {
                problems.add(CompetencyProblem.of(p + ".class", "competency.model.classUnknown", name, classCode));
            }
            String area = null;
            if (item.knowledge()) {
                area = value(p + ".area", item.area());
                if (area.isEmpty() || !knowledgeNodeExists.test(area)) {
                    problems.add(CompetencyProblem.of(p + ".area", "competency.model.areaUnknown", name, area));
                } else if (!areas.add(area)) {
                    problems.add(CompetencyProblem.of(p + ".area", "competency.model.areaTwice", name, area));
                }
            }
            Map<Level, LevelDescription> levels = new EnumMap<>(Level.class);
            for (Level level : Level.values()) {
                LevelDescription was = item.at(level);
                String q = p + "." + level.name();
                String summary = text(q + ".summary", was.summary(), TEXT_MAX);
                levels.put(level, new LevelDescription(summary, behaviours(q + ".behaviours", name, level, was)));
            }
            items.add(new ModelItem(item.code(), name, classCode, area, levels));
        }
        return new ModelRepository.Definition(classes, items, bands(), standards());
    }

    private List<String> behaviours(String field, String item, Level level, LevelDescription was) {
        String raw = form.get(field);
        if (raw == null) {
            return was.behaviours();
        }
        List<String> lines = Arrays.stream(raw.split("\\R"))
                .map(String::strip)
                .map(s ->
                        s.startsWith("▶") || s.startsWith("-") ? s.substring(1).strip() : s)
                .filter(s -> !s.isEmpty())
                .toList();
        if (lines.size() < 2 || lines.size() > 4) {
            problems.add(CompetencyProblem.of(
                    field, "competency.model.behaviourCount", item, level.competencyName(), lines.size()));
        }
        if (lines.stream().anyMatch(l -> l.length() > TEXT_MAX)) {
            problems.add(CompetencyProblem.of(
                    field, "competency.model.behaviourTooLong", item, level.competencyName(), TEXT_MAX));
        }
        return lines;
    }

    private Map<Level, BigDecimal> bands() {
        Map<Level, BigDecimal> bands = new EnumMap<>(Level.class);
        for (Level level : Level.values()) {
            String field = "band." + level.name();
            String raw = value(field, current.bands().get(level).toPlainString());
            try {
                BigDecimal min = new BigDecimal(raw);
                if (min.signum() < 0 || min.compareTo(BigDecimal.valueOf(100)) > 0 || min.scale() > 2) {
                    problems.add(CompetencyProblem.of(field, "competency.model.bandRange", level.competencyName()));
                }
                bands.put(level, min);
            } catch (NumberFormatException e) {
                problems.add(CompetencyProblem.of(field, "competency.model.bandNumber", level.competencyName(), raw));
            }
        }
        Level[] ascending = {Level.JUNIOR, Level.INTERMEDIATE, Level.SENIOR, Level.EXPERT};
        for (int i = 1; i < ascending.length; i++) {
            BigDecimal lower = bands.get(ascending[i - 1]);
            BigDecimal upper = bands.get(ascending[i]);
            if (lower != null && upper != null && upper.compareTo(lower) <= 0) {
                problems.add(CompetencyProblem.of(
                        "band." + ascending[i].name(),
                        "competency.model.bandOrder",
                        ascending[i].competencyName(),
                        ascending[i - 1].competencyName()));
            }
        }
        return bands;
    }

    private Map<String, Map<Level, Map<String, Level>>> standards() {
        Map<String, Map<Level, Map<String, Level>>> standards = new LinkedHashMap<>();
        for (Post post : posts) {
            Map<Level, Map<String, Level>> byLevel = new EnumMap<>(Level.class);
            for (Level level : Level.values()) {
                Map<String, Level> byItem = new HashMap<>();
                for (ModelItem item : current.items()) {
                    String field = "std." + post.code() + "." + level.name() + "." + item.code();
                    Level was = current.standard(post.code(), level, item.code());
                    String raw = value(field, was.name());
                    try {
                        byItem.put(item.code(), Level.valueOf(raw));
                    } catch (IllegalArgumentException e) {
                        problems.add(CompetencyProblem.of(
                                field, "competency.model.standardUnknown", post.name(), level.label(), item.name()));
                        byItem.put(item.code(), was);
                    }
                }
                byLevel.put(level, byItem);
            }
            standards.put(post.code(), byLevel);
        }
        return standards;
    }

    private String text(String field, String was, int max) {
        String v = value(field, was);
        if (v.isEmpty()) {
            problems.add(CompetencyProblem.of(field, "competency.model.required", label(field)));
        } else if (v.length() > max) {
            problems.add(CompetencyProblem.of(field, "competency.model.tooLong", label(field), max));
        }
        return v;
    }

    /** A readable name of a field for messages, e.g. "成就导向 · 初级 · 概述". */
    private String label(String field) {
        String[] parts = field.split("\\.");
        StringBuilder s = new StringBuilder();
        if (parts[0].equals("class")) {
            current.classes().stream()
                    .filter(c -> c.code().equals(parts[1]))
                    .findFirst()
                    .ifPresent(c -> s.append(c.name()));
        } else {
            current.item(parts[1]).ifPresent(i -> s.append(i.name()));
            if (parts.length > 3) {
                Level.parse(parts[2]).ifPresent(l -> s.append(" · ").append(l.competencyName()));
            }
        }
        return s.toString();
    }

    private String value(String field, String was) {
        String v = form.get(field);
        return v == null ? (was == null ? "" : was) : v.strip();
    }
}
