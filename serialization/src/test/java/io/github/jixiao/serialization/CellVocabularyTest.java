package io.github.jixiao.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.Amount;
import io.github.jixiao.core.AmountUnit;
import io.github.jixiao.core.Budget;
import io.github.jixiao.core.BudgetUnit;
import io.github.jixiao.core.CellAddress;
import io.github.jixiao.core.Comparison;
import io.github.jixiao.core.Direction;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.core.TableField;
import io.github.jixiao.core.fixtures.SeedTables;
import io.github.jixiao.serialization.json.JsonCodec;
import io.github.jixiao.serialization.sheet.SheetReader;
import io.github.jixiao.serialization.sheet.SheetWriter;
import io.github.jixiao.serialization.xml.XmlCodec;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The cell vocabulary is complete: every {@link TableField} is carried by JSON, XML and the sheet, under the
 * names the vocabulary gives, and the sheet's source map locates every one; and every sheet column and JSON
 * property of a table or row is a field of the vocabulary.
 */
class CellVocabularyTest {
  /** Wei county's 特困生救助金 with every cell filled, in 元 so that the money unit is not the default. */
  private static final ProjectTargetTable FULL = full();
  /** The row whose split columns are filled. */
  private static final int ROW = 3;

  private static ProjectTargetTable full() {
    ProjectTargetTable wei = SeedTables.weiHardshipGrants();
    List<Indicator> rows = new ArrayList<>(wei.indicators());
    rows.set(ROW, rows.get(ROW).toBuilder().comparison(Comparison.AT_MOST).unitOfMeasure("元")
        .direction(Direction.NEGATIVE).weight(new BigDecimal("10")).build());
    return wei.toBuilder()
        .amountUnit(AmountUnit.YUAN)
        .budget(Budget.of(Amount.yuan("50000.00"), Amount.yuan("45000.00"), Amount.yuan("5000.00")))
        .indicators(rows)
        .build();
  }

  /** The value of a cell in the model; every field but the table itself is a cell the fixture fills. */
  private static Object cell(ProjectTargetTable t, TableField field) {
    Indicator row = t.indicators().get(ROW);
    return switch (field) {
      case UNIT_CODE -> t.unit().flatMap(BudgetUnit::code);
      case UNIT_NAME -> t.unit().map(BudgetUnit::name);
      case FISCAL_YEAR -> t.fiscalYear();
      case PROJECT_CODE -> t.projectCode();
      case PROJECT_NAME -> t.projectName();
      case AMOUNT_UNIT -> Optional.of(t.amountUnit());
      case BUDGET -> t.budget().total();
      case FISCAL_FUNDS -> t.budget().fiscalFunds();
      case OTHER_FUNDS -> t.budget().otherFunds();
      case FUND_USE -> t.fundUse();
      case SPENDING_PLAN -> Optional.of(t.spendingPlan()).filter(p -> !p.checkpoints().isEmpty());
      case GOALS -> Optional.of(t.goals()).filter(g -> !g.isEmpty());
      case CATEGORY -> Optional.of(row.categoryLabel()).filter(s -> !s.isEmpty());
      case SUBCATEGORY -> Optional.of(row.subcategoryLabel()).filter(s -> !s.isEmpty());
      case NAME -> Optional.of(row.name()).filter(s -> !s.isEmpty());
      case DESCRIPTION -> row.description();
      case TARGET -> Optional.of(row.target().raw()).filter(s -> !s.isEmpty());
      case BASIS -> row.basis();
      case COMPARISON -> row.comparison();
      case UNIT_OF_MEASURE -> row.unitOfMeasure();
      case DIRECTION -> row.direction();
      case WEIGHT -> row.weight();
      case TABLE -> Optional.of(t);
    };
  }

  private static Stream<TableField> cells() {
    return Stream.of(TableField.values()).filter(f -> f != TableField.TABLE);
  }

  @Test
  void theFixtureFillsEveryCell() {
    cells().forEach(f -> assertThat((Optional<?>) cell(FULL, f)).as(f.wireName()).isPresent());
  }

  @Test
  void jsonCarriesEveryCellUnderItsProperties() {
    String json = JsonCodec.create().write(FULL);
    ProjectTargetTable back = JsonCodec.create().readTable(json).value();
    JsonNode tree = JsonMapper.builder().build().readTree(json);
    cells().forEach(f -> {
      assertThat(cell(back, f)).as(f.wireName()).isEqualTo(cell(FULL, f));
      JsonNode node = f.isIndicatorCell() ? tree.path("indicators").path(ROW) : tree;
      for (String property : f.properties()) {
        node = node.path(property);
      }
      assertThat(node.isMissingNode()).as(f.wireName() + " in " + json).isFalse();
    });
  }

  @Test
  void xmlCarriesEveryCellUnderItsProperties() throws Exception {
    String xml = XmlCodec.create().write(FULL);
    ProjectTargetTable back = XmlCodec.create().readTable(xml).value();
    Element root = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new InputSource(new StringReader(xml))).getDocumentElement();
    cells().forEach(f -> {
      assertThat(cell(back, f)).as(f.wireName()).isEqualTo(cell(FULL, f));
      Element e = f.isIndicatorCell() ? children(child(root, "indicators")).get(ROW) : root;
      for (String property : f.properties()) {
        e = e == null ? null : child(e, property);
      }
      assertThat(e).as(f.wireName() + " in " + xml).isNotNull();
    });
  }

  @Test
  void theSheetCarriesAndLocatesEveryCellUnderItsLabel() {
    String csv = SheetWriter.create().write(List.of(FULL));
    ReadResult<List<ProjectTargetTable>> read = SheetReader.create()
        .read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "wei.csv");
    ProjectTargetTable back = read.value().get(0);
    SourceMap map = read.sourceMap().orElseThrow();
    cells().forEach(f -> {
      assertThat(cell(back, f)).as(f.wireName()).isEqualTo(cell(FULL, f));
      CellAddress address = f.isIndicatorCell() ? CellAddress.of(0, ROW, f) : CellAddress.of(0, f);
      SourceLocation at = map.cell(address).orElseThrow(() -> new AssertionError("no place for " + address));
      assertThat(at.path()).as(f.wireName()).hasValue(address.toString());
      // The spending plan is located at its first checkpoint's column.
      assertThat(at.cell()).as(f.wireName()).hasValue(f == TableField.SPENDING_PLAN ? "3月底" : f.term());
    });
  }

  @Test
  void everySheetColumnIsAField() {
    String header = SheetWriter.create().write(List.of(FULL)).lines().findFirst().orElseThrow();
    Set<String> terms = cells().map(TableField::term).collect(Collectors.toSet());
    for (String column : header.split(",")) {
      assertThat(terms.contains(column) || column.matches("\\d{1,2}月底")).as(column).isTrue();
    }
  }

  @Test
  void everyPropertyOfATableOrRowIsAFieldOrAContainerOfFields() {
    JsonNode tree = JsonMapper.builder().build().readTree(JsonCodec.create().write(FULL));
    Set<String> firstProperties = cells().filter(f -> !f.isIndicatorCell()).map(f -> f.properties().get(0))
        .collect(Collectors.toSet());
    // What is not a cell: the format's version, the list of rows, the framework the table is held to, and
    // whether the table is complete.
    Set<String> notCells = Set.of("formatVersion", "indicators", "framework", "complete");
    tree.propertyNames().forEach(p -> assertThat(firstProperties.contains(p) || notCells.contains(p)).as(p).isTrue());
    Set<String> rowProperties = cells().filter(TableField::isIndicatorCell).map(TableField::property)
        .collect(Collectors.toSet());
    // A label beside a category's code is the same cell as written.
    tree.path("indicators").path(ROW).propertyNames().forEach(p ->
        assertThat(rowProperties.contains(p) || rowProperties.contains(p.replaceFirst("Label$", ""))).as(p).isTrue());
  }

  private static Element child(Element parent, String name) {
    for (Element e : children(parent)) {
      if (e.getTagName().equals(name)) {
        return e;
      }
    }
    return null;
  }

  private static List<Element> children(Element parent) {
    List<Element> list = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        list.add(e);
      }
    }
    return list;
  }
}
