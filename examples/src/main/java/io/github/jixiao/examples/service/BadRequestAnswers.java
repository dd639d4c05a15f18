package io.github.jixiao.examples.service;

import io.github.jixiao.serialization.ReadProblem;
import io.github.jixiao.validation.bean.SeverityPayload;
import jakarta.validation.ConstraintViolation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The service's 400 answers (错误应答), as JSON a client can act on and never a stack trace: a table that
 * breaks a rule gets its findings; a body that is no table in the wire format gets the reader's problem with
 * its code, line, column and path.
 */
@RestControllerAdvice
class BadRequestAnswers {
  private final FormatProblems formatProblems;

  BadRequestAnswers(FormatProblems formatProblems) {
    this.formatProblems = formatProblems;
  }

  // tag::spring-400[]
  @ExceptionHandler(MethodArgumentNotValidException.class)
  ResponseEntity<Map<String, Object>> ruleErrors(MethodArgumentNotValidException e, Locale locale) {
    List<FindingView> findings = e.getBindingResult().getAllErrors().stream()
        .filter(error -> error.contains(ConstraintViolation.class))
        .map(error -> SeverityPayload.findingOf(error.unwrap(ConstraintViolation.class)))
        .flatMap(Optional::stream)
        .sorted(FindingView.TABLE_ORDER).map(f -> FindingView.of(f, locale)).collect(Collectors.toList());
    return ResponseEntity.badRequest().body(Map.of("findings", findings));
  }
  // end::spring-400[]

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
    Map<String, Object> problem = new LinkedHashMap<>();
    Optional<ReadProblem> read = formatProblems.find(e);
    if (read.isPresent()) {
      ReadProblem p = read.get();
      problem.put("code", p.code());
      p.location().line().ifPresent(line -> problem.put("line", line));
      p.location().column().ifPresent(column -> problem.put("column", column));
      p.location().path().ifPresent(path -> problem.put("path", path));
      problem.put("message", p.message());
    } else {
      // Spring's and Jackson's own wording names their classes: the client gets what was expected instead.
      problem.put("message", "expected a project target table in JSON (wire format version 1)");
    }
    return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("problems", List.of(problem)));
  }
}
