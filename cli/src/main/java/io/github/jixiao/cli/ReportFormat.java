package io.github.jixiao.cli;

import java.util.List;

/** The form of the validation report (报告格式): text for people, JSON for programs, HTML for reviewers. */
enum ReportFormat {
  TEXT, JSON, HTML;

  /** Renders the reports of every file given, in the order given. */
  String render(List<FileReport> files, Language language) {
    switch (this) {
      case JSON:
        return JsonReport.render(files, language);
      case HTML:
        return HtmlReport.render(files, language);
      default:
        return TextReport.render(files, language);
    }
  }
}
