/**
 * Office files (办公文档): Excel workbooks read and written with Apache POI. A workbook's cells are read as the
 * spreadsheet displays them and handed to the indicator sheet's own table assembly, so a workbook and its CSV
 * read into the same tables.
 */
package io.github.jixiao.office;
