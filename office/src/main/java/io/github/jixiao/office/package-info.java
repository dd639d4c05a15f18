/**
 * Office files (办公文档): Excel workbooks and Word documents, read and written with Apache POI. A workbook's
 * cells are read as the spreadsheet displays them and handed to the indicator sheet's own table assembly, so a
 * workbook and its CSV read into the same tables; a Word document's paragraphs and table rows are handed to the
 * published text's assembly, so a document and its text read into the same document.
 */
package io.github.jixiao.office;
