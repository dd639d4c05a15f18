package io.github.jixiao.examples.service;

import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.validation.bean.Quality;
import io.github.jixiao.validation.bean.SeverityPayload;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The service's two endpoints (绩效目标表接口). {@code @Valid} runs the rules' errors before the method is
 * called: a table with an error never reaches {@link #create}, and {@link BadRequestAnswers} answers 400.
 * A stored table's warnings and infos (the {@link Quality} group) come back with the 201.
 */
@RestController
class TablesController {
  private final TableStore store;
  private final Validator validator;

  TablesController(TableStore store, Validator validator) {
    this.store = store;
    this.validator = validator;
  }

  // tag::spring-controller[]
  @PostMapping("/tables")
  ResponseEntity<Map<String, Object>> create(@Valid @RequestBody ProjectTargetTable table, Locale locale) {
    long id = store.add(table);
    List<FindingView> quality = validator.validate(table, Quality.class).stream()
        .map(SeverityPayload::findingOf).flatMap(Optional::stream)
        .sorted(FindingView.TABLE_ORDER).map(f -> FindingView.of(f, locale)).collect(Collectors.toList());
    return ResponseEntity.created(URI.create("/tables/" + id)).body(Map.of("id", id, "findings", quality));
  }
  // end::spring-controller[]

  @GetMapping("/tables/{id}")
  ResponseEntity<ProjectTargetTable> get(@PathVariable("id") long id) {
    return ResponseEntity.of(store.get(id));
  }
}
