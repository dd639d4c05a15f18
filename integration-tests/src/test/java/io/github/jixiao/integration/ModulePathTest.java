package io.github.jixiao.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.ctc.wstx.stax.WstxInputFactory;
import com.fasterxml.classmate.TypeResolver;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.core.fixtures.SeedTables;
import io.github.jixiao.serialization.json.JsonCodec;
import io.github.jixiao.validation.TableValidator;
import io.github.jixiao.validation.bean.BeanValidation;
import io.github.jixiao.validation.bean.Quality;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.groups.Default;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;
import org.codehaus.stax2.XMLStreamReader2;
import org.hibernate.validator.HibernateValidator;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.xml.XmlMapper;

/**
 * The SDK's jars as a module-path user gets them: the three modules resolve with their libraries alone,
 * export only their API packages, provide the Jackson module as a service, and validate and read a seed
 * table there, Hibernate Validator reaching the internal constraint validators it is let into. (The other
 * tests run on the class path.)
 */
class ModulePathTest {
  private static final String CORE = "io.github.jixiao.core";
  private static final String VALIDATION = "io.github.jixiao.validation";
  private static final String SERIALIZATION = "io.github.jixiao.serialization";

  /** The SDK's jars and the libraries they require, each found through one of its classes. */
  private static final ModuleLayer LAYER = layer(ProjectTargetTable.class, TableValidator.class, JsonCodec.class,
      JsonParser.class, ObjectMapper.class, JsonProperty.class, XmlMapper.class, WstxInputFactory.class,
      XMLStreamReader2.class, Validator.class, HibernateValidator.class, Logger.class, TypeResolver.class);

  @Test
  void exportsOnlyTheApiPackages() {
    assertThat(exports(CORE)).containsOnly(Map.entry(CORE, Set.of()), Map.entry(CORE + ".scoring", Set.of()));
    assertThat(exports(VALIDATION)).containsOnly(
        Map.entry(VALIDATION, Set.of()),
        Map.entry(VALIDATION + ".bean", Set.of()),
        Map.entry(VALIDATION + ".constraints", Set.of()),
        Map.entry(VALIDATION + ".internal.bean", Set.of("org.hibernate.validator")),
        Map.entry(VALIDATION + ".internal.constraints", Set.of("org.hibernate.validator")));
    assertThat(exports(SERIALIZATION)).containsOnly(
        Map.entry(SERIALIZATION, Set.of()),
        Map.entry(SERIALIZATION + ".files", Set.of()),
        Map.entry(SERIALIZATION + ".jackson", Set.of()),
        Map.entry(SERIALIZATION + ".json", Set.of()),
        Map.entry(SERIALIZATION + ".sheet", Set.of()),
        Map.entry(SERIALIZATION + ".text", Set.of()),
        Map.entry(SERIALIZATION + ".xml", Set.of()),
        Map.entry(SERIALIZATION + ".spi", Set.of("io.github.jixiao.jackson2")));
    assertThat(descriptor(SERIALIZATION).packages())
        .contains(SERIALIZATION + ".internal.jackson", SERIALIZATION + ".internal.sheet");
  }

  @Test
  void providesTheJacksonModuleAsAService() throws ClassNotFoundException {
    Class<?> service = LAYER.findLoader("tools.jackson.databind").loadClass("tools.jackson.databind.JacksonModule");
    assertThat(ServiceLoader.load(LAYER, service).stream().map(p -> p.type().getName()))
        .contains(SERIALIZATION + ".jackson.JixiaoModule");
  }

  @Test
  void readsAndValidatesASeedTableAsTheClassPathDoes() throws Exception {
    ProjectTargetTable seed = SeedTables.weiHardshipGrants();
    String json = JsonCodec.create().write(seed);
    List<String> expected = TableValidator.create().validate(seed).messages(Locale.CHINESE);

    Object codec = call(type(SERIALIZATION, ".json.JsonCodec"), null, "create");
    Object table = call(Object.class, call(codec.getClass(), codec, "readTable", json), "value");
    Object validator = call(type(VALIDATION, ".TableValidator"), null, "create");
    Object report = call(validator.getClass(), validator, "validate", table);
    assertThat(expected).isNotEmpty();
    assertThat(call(report.getClass(), report, "messages", Locale.CHINESE)).isEqualTo(expected);
    assertThat(call(Object.class, table, "projectCode")).isEqualTo(seed.projectCode());
  }

  @Test
  void beanValidationReachesTheInternalValidators() throws Exception {
    ProjectTargetTable seed = SeedTables.weiHardshipGrants();
    Set<String> expected = BeanValidation.validator().validate(seed, Default.class, Quality.class).stream()
        .map(ConstraintViolation::getMessage).collect(Collectors.toSet());
    Object table = call(Object.class, call(type(SERIALIZATION, ".json.JsonCodec"), null, "create"), "readTable",
        JsonCodec.create().write(seed));
    Object value = call(Object.class, table, "value");

    // Bean Validation finds its provider through the context class loader, which in a module-path
    // application is the one that loaded the modules.
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(LAYER.findLoader(VALIDATION));
    try {
      Object validator = call(type(VALIDATION, ".bean.BeanValidation"), null, "validator");
      ClassLoader api = LAYER.findLoader("jakarta.validation");
      Method validate = api.loadClass("jakarta.validation.Validator")
          .getMethod("validate", Object.class, Class[].class);
      Class<?>[] everySeverity = {
          api.loadClass("jakarta.validation.groups.Default"), type(VALIDATION, ".bean.Quality")};
      Method message = api.loadClass("jakarta.validation.ConstraintViolation").getMethod("getMessage");
      Set<Object> messages = new HashSet<>();
      for (Object violation : (Set<?>) validate.invoke(validator, value, everySeverity)) {
        messages.add(message.invoke(violation));
      }
      assertThat(expected).isNotEmpty();
      assertThat(messages).isEqualTo(expected);
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  private static Map<String, Set<String>> exports(String module) {
    return descriptor(module).exports().stream()
        .collect(Collectors.toMap(ModuleDescriptor.Exports::source, ModuleDescriptor.Exports::targets));
  }

  private static ModuleDescriptor descriptor(String module) {
    Optional<Module> found = LAYER.findModule(module);
    assertThat(found).as("module %s on the module path", module).isPresent();
    return found.orElseThrow().getDescriptor();
  }

  private static Class<?> type(String module, String name) throws ClassNotFoundException {
    return LAYER.findLoader(module).loadClass(module + name);
  }

  /**
   * Calls the public method {@code name} whose parameters take {@code arguments}, as a user's code would:
   * through the first public class of the target (the generated implementations are package-private).
   */
  private static Object call(Class<?> type, Object target, String name, Object... arguments) throws Exception {
    Class<?> owner = target == null ? type : target.getClass();
    while (!Modifier.isPublic(owner.getModifiers())) {
      owner = owner.getSuperclass();
    }
    for (Method method : owner.getMethods()) {
      if (method.getName().equals(name) && method.getParameterCount() == arguments.length
          && accepts(method.getParameterTypes(), arguments)) {
        return method.invoke(target, arguments);
      }
    }
    throw new NoSuchMethodException(owner.getName() + "." + name);
  }

  private static boolean accepts(Class<?>[] parameters, Object[] arguments) {
    for (int i = 0; i < parameters.length; i++) {
      if (!parameters[i].isInstance(arguments[i])) {
        return false;
      }
    }
    return true;
  }

  private static ModuleLayer layer(Class<?>... inJars) {
    Path[] jars = new Path[inJars.length];
    for (int i = 0; i < inJars.length; i++) {
      try {
        jars[i] = Path.of(inJars[i].getProtectionDomain().getCodeSource().getLocation().toURI());
      } catch (URISyntaxException e) {
        throw new IllegalStateException(e);
      }
    }
    Configuration configuration = ModuleLayer.boot().configuration()
        .resolveAndBind(ModuleFinder.of(jars), ModuleFinder.of(), Set.of(CORE, VALIDATION, SERIALIZATION));
    return ModuleLayer.boot().defineModulesWithOneLoader(configuration, ClassLoader.getPlatformClassLoader());
  }
}
