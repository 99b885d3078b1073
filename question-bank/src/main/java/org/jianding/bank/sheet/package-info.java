/**
 * Reading uploaded .xlsx workbooks defensively and reporting what is wrong in them, cell by cell. Any importer
 * (users now, questions later) opens an upload with {@link org.jianding.bank.sheet.XlsxUpload}, maps its header by
 * {@link org.jianding.bank.sheet.SheetColumn} names and aliases, reads typed values from each
 * {@link org.jianding.bank.sheet.SheetRow}, adds its own rule violations, and gets back every
 * {@link org.jianding.bank.sheet.CellProblem} plus a copy of the upload with the bad cells marked.
 */
package org.jianding.bank.sheet;
