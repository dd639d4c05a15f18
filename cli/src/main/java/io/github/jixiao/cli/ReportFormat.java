package io.github.jixiao.cli;

/** The form of the validation report (报告格式): text for people, JSON for programs, HTML for reviewers. */
enum ReportFormat {
  TEXT, JSON, HTML;

  /** A writer of this form, its messages in {@code language}. */
  ReportWriter writer(Language language) {
    return switch (this) {
      case JSON -> new JsonReport(language);
      case HTML -> new HtmlReport(language);
      case TEXT -> new TextReport(language);
    };
  }
}
