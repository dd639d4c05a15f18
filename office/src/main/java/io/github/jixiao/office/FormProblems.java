package io.github.jixiao.office;

/** The stable codes of what the form layout's reader passes over (JX-XLSX-03n); docs/office.md lists them. */
final class FormProblems {
  static final String CELL_NOT_READ = "JX-XLSX-030";
  static final String LABEL_NOT_KEPT = "JX-XLSX-031";
  static final String LABEL_TWICE = "JX-XLSX-032";
  static final String NOTE_NOT_READ = "JX-XLSX-033";
  static final String NO_GRID = "JX-XLSX-034";

  private FormProblems() {}
}
