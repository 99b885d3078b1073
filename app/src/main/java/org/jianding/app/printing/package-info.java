/**
 * Printing (打印): A4 PDFs in Chinese with an embedded CJK font (WenQuanYi Micro Hei, shipped under
 * {@code fonts/}), so they look the same on every machine and printer. Holds the shared foundation
 * ({@link org.jianding.app.printing.PdfDocuments}, {@link org.jianding.app.printing.ChineseFonts}) and the exam
 * paper with its answer key ({@link org.jianding.app.printing.PaperPdf}). Owns no tables, publishes and consumes
 * no events: callers hand it what to print.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.jianding.app.printing;
