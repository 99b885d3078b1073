/**
 * Question files from other systems, in and out: Moodle XML, GIFT, Aiken, QTI 2.1/2.2/3.0 items and content
 * packages, and Word .docx in the layout Chinese question books use. Readers turn a file into {@link
 * org.jianding.bank.interchange.ForeignItem}s (what the file says, before the bank's rules), the types the bank lacks
 * into {@link org.jianding.bank.interchange.SkippedItem}s, and {@link org.jianding.bank.interchange.ItemConversion}
 * makes bank questions of them with stated defaults. Every upload is untrusted: zip entries, hrefs and XML are read
 * through {@link org.jianding.bank.interchange.SafeZip} and {@link org.jianding.bank.interchange.SafeXml}, which refuse
 * hostile content as a whole. Writers export Moodle XML, a QTI 3.0 package and .docx.
 */
package org.jianding.bank.interchange;
