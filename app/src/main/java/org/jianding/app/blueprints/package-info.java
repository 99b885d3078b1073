/**
 * Blueprints (比重表 / 组卷规则): one per post and level, saved as append-only versions that papers cite. Validation
 * per row with the engine's BlueprintValidator, live feedback while editing (eligible questions per row, feasibility
 * with the engine's diagnosis), pool health, and the default blueprints seeded with the demo data. Tables: blueprint,
 * blueprint_version. Reads the question pool and the knowledge tree; records every save in the audit log.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"accounts", "audit", "knowledge", "questions", "shared"})
package org.jianding.app.blueprints;
