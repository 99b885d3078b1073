package org.jianding.app.papers;

/**
 * A printed paper ready to download.
 *
 * @param fileName what to save it as, in Chinese, e.g. 政企客户经理四级(初级)认证考试-试卷-12.pdf
 * @param asciiFileName the same for clients that cannot read a Unicode file name, e.g. paper-12.pdf
 * @param pdf the document's bytes
 */
public record PaperFile(String fileName, String asciiFileName, byte[] pdf) {}
