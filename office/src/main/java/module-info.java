/**
 * Office files (办公文档): Excel workbooks and Word documents read and written with Apache POI. Only the facades
 * are exported; the front door finds the workbook and document formats as services.
 */
module io.github.jixiao.office {
  requires transitive io.github.jixiao.serialization;
  requires org.apache.poi.poi;
  requires org.apache.poi.ooxml;
  requires org.apache.poi.scratchpad;
  requires java.xml;
  requires org.apache.commons.compress;

  exports io.github.jixiao.office;

  provides io.github.jixiao.serialization.files.FormatReader with io.github.jixiao.office.internal.DocumentFormat,
      io.github.jixiao.office.internal.WorkbookFormat;
}
