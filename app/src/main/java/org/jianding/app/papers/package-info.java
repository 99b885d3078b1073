/**
 * Papers (试卷): fixed papers assembled from a blueprint version with a stored seed (preview as candidates see them
 * and with keys, swap a question within its cell, lock, publish, which marks every used question version), and
 * per-candidate parallel forms ({@link org.jianding.app.papers.PaperForms}) that never repeat an item for a re-taker.
 * {@link org.jianding.app.papers.PaperPrints} prints a paper and its answer key as PDFs through the printing module.
 * Tables: paper, paper_item. Uses blueprints, the question pool and images, printing and accounts; audits every
 * change and every printout.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"accounts", "audit", "blueprints", "printing", "questions", "shared"})
package org.jianding.app.papers;
