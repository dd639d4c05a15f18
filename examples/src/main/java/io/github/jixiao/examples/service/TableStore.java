package io.github.jixiao.examples.service;

import io.github.jixiao.core.ProjectTargetTable;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/** The tables the service stored (已入库的表), in memory: a real service puts a database here. */
@Component
class TableStore {
  private final Map<Long, ProjectTargetTable> tables = new ConcurrentHashMap<>();
  private final AtomicLong lastId = new AtomicLong();

  long add(ProjectTargetTable table) {
    long id = lastId.incrementAndGet();
    tables.put(id, table);
    return id;
  }

  Optional<ProjectTargetTable> get(long id) {
    return Optional.ofNullable(tables.get(id));
  }
}
