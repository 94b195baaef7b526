package org.throughcareatlas.ui.editing;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.throughcareatlas.editing.EditResult;
import org.throughcareatlas.editing.EntityType;
import org.throughcareatlas.editing.FieldError;
import org.throughcareatlas.editing.FieldSpec;
import org.throughcareatlas.editing.RecordEditing;
import org.throughcareatlas.editing.RecordEditing.Snapshot;

/**
 * The form for one record: a field for each editable field of its type, checked as the person types
 * by the rules the save applies (required, formats, ranges, values from their lists). Saving sends
 * only what changed, with the version the form was opened at; a refusal shows each field's error,
 * and a conflict says who changed the record and when, and offers to reload.
 */
public class RecordDialog extends Dialog {

  /** A value a list field can take: its key (id or code) and what to show. */
  public record Option(String key, String label) {}

  final Map<String, Component> fields = new LinkedHashMap<>();
  final Paragraph problem = new Paragraph();
  final Button save = new Button("Save");
  final Button reload = new Button("Reload");
  private final EntityType type;
  private final Binder<Map<String, Object>> binder = new Binder<>();
  private final Map<String, Object> values;
  private Snapshot snapshot;

  /**
   * @param options the choices of each list field, by field name
   * @param saver saves the changed fields at a version
   * @param reader reads the record afresh (to reload after a conflict)
   * @param onSaved runs after a save
   */
  public RecordDialog(
      String title,
      EntityType type,
      Snapshot snapshot,
      Map<String, List<Option>> options,
      Saver saver,
      Function<String, Snapshot> reader,
      Runnable onSaved) {
    this.type = type;
    this.snapshot = snapshot;
    this.values = new HashMap<>(snapshot.values());
    setHeaderTitle(title);
    FormLayout form = new FormLayout();
    for (FieldSpec f : type.fields()) {
      if ("lastVerified".equals(f.name()) || "lastConfirmed".equals(f.name())) {
        continue; // set by "Confirm still accurate", not typed
      }
      Component field = field(f, options.getOrDefault(f.name(), List.of()));
      fields.put(f.name(), field);
      form.add(field);
      if (f.kind() == FieldSpec.Kind.TEXT && f.max() > 500) {
        form.setColspan(field, 2);
      }
    }
    binder.setBean(values);
    problem.getElement().setAttribute("role", "alert");
    problem.getStyle().set("color", "var(--lumo-error-text-color)");
    problem.setVisible(false);
    reload.setVisible(false);
    reload.addClickListener(
        e -> {
          this.snapshot = reader.apply(this.snapshot.id());
          values.clear();
          values.putAll(this.snapshot.values());
          binder.setBean(values);
          problem.setVisible(false);
          reload.setVisible(false);
        });
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    save.addClickListener(
        e -> {
          if (!binder.validate().isOk()) {
            return;
          }
          Map<String, Object> changes = new LinkedHashMap<>();
          for (String name : fields.keySet()) {
            Object now = values.get(name);
            Object before = this.snapshot.values().get(name);
            if (!sameValue(now, before)) {
              changes.put(name, now);
            }
          }
          EditResult result = saver.save(this.snapshot.version(), changes);
          if (result.conflict() != null) {
            problem.setText(result.conflict().message());
            problem.setVisible(true);
            reload.setVisible(true);
            return;
          }
          if (!result.errors().isEmpty()) {
            showErrors(result.errors());
            return;
          }
          close();
          onSaved.run();
        });
    Button cancel = new Button("Cancel", e -> close());
    add(problem, form);
    getFooter().add(cancel, reload, save);
    setWidth("min(900px, 95vw)");
  }

  /** Saves the changed fields of the record at the version it was read. */
  @FunctionalInterface
  public interface Saver {
    EditResult save(int version, Map<String, Object> changes);
  }

  /** The field named {@code name}, for tests. */
  public Component field(String name) {
    return fields.get(name);
  }

  private void showErrors(List<FieldError> errors) {
    List<String> elsewhere = new ArrayList<>();
    for (FieldError error : errors) {
      if (fields.get(error.field()) instanceof HasValidation v) {
        v.setErrorMessage(error.message());
        v.setInvalid(true);
      } else {
        elsewhere.add(error.message());
      }
    }
    problem.setText(
        elsewhere.isEmpty()
            ? "Some fields need changing: see the messages below them."
            : String.join(" ", elsewhere));
    problem.setVisible(true);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private Component field(FieldSpec f, List<Option> options) {
    String label = f.label() + (f.required() ? " *" : "");
    HasValue field =
        switch (f.kind()) {
          case TEXT -> {
            if (f.max() > 500) {
              TextArea area = new TextArea(label);
              area.setMaxLength(f.max());
              yield area;
            }
            TextField text = new TextField(label);
            if (f.max() > 0) {
              text.setMaxLength(f.max());
            }
            yield text;
          }
          case EMAIL, PHONE, URL, POSTCODE -> new TextField(label);
          case TEXT_LIST -> {
            TextField list = new TextField(label);
            list.setHelperText("Separate with commas");
            yield list;
          }
          case CHOICE -> {
            Select<String> select = new Select<>();
            select.setLabel(label);
            select.setItems(f.choices().stream().sorted().toList());
            if (!f.required()) {
              select.setEmptySelectionAllowed(true);
            }
            yield select;
          }
          case BOOLEAN -> new Checkbox(f.label());
          case AGE -> {
            IntegerField age = new IntegerField(label);
            age.setHelperText("0 to 120");
            yield age;
          }
          case DATE -> new DatePicker(label);
          case LATITUDE, LONGITUDE -> new NumberField(label);
          case LINKS -> {
            Map<String, String> labels = new LinkedHashMap<>();
            options.forEach(o -> labels.put(o.key(), o.label()));
            if (f.single()) {
              ComboBox<String> one = new ComboBox<>(label);
              one.setItems(List.copyOf(labels.keySet()));
              one.setItemLabelGenerator(k -> labels.getOrDefault(k, k));
              one.setClearButtonVisible(true);
              yield one;
            }
            MultiSelectComboBox<String> many = new MultiSelectComboBox<>(label);
            many.setItems(List.copyOf(labels.keySet()));
            many.setItemLabelGenerator(k -> labels.getOrDefault(k, k));
            yield many;
          }
        };
    String name = f.name();
    var binding = binder.forField(field);
    boolean textList = f.kind() == FieldSpec.Kind.TEXT_LIST;
    boolean multi = f.kind() == FieldSpec.Kind.LINKS && !f.single();
    binding
        .withValidator(
            (com.vaadin.flow.data.binder.Validator<Object>)
                (value, context) ->
                    RecordEditing.problem(f, toStored(value, textList, multi))
                        .map(ValidationResult::error)
                        .orElse(ValidationResult.ok()))
        .bind(
            m -> fromStored(((Map<String, Object>) m).get(name), f, textList, multi),
            (m, v) -> ((Map<String, Object>) m).put(name, toStored(v, textList, multi)));
    if (field instanceof AbstractField<?, ?> && field instanceof HasValidation) {
      // errors from the server are cleared as soon as the person changes the field
      field.addValueChangeListener(e -> problem.setVisible(false));
    }
    return (Component) field;
  }

  private static Object fromStored(Object stored, FieldSpec f, boolean textList, boolean multi) {
    if (textList) {
      return stored instanceof List<?> l
          ? String.join(", ", l.stream().map(String::valueOf).toList())
          : "";
    }
    if (multi) {
      return stored instanceof List<?> l ? new LinkedHashSet<>(l) : new LinkedHashSet<>();
    }
    if (stored == null) {
      return switch (f.kind()) {
        case TEXT, EMAIL, PHONE, URL, POSTCODE -> "";
        case BOOLEAN -> false;
        default -> null;
      };
    }
    return stored;
  }

  private static Object toStored(Object value, boolean textList, boolean multi) {
    if (textList) {
      String s = value == null ? "" : value.toString();
      return s.isBlank()
          ? List.of()
          : List.of(s.split("\\s*,\\s*")).stream().filter(x -> !x.isBlank()).toList();
    }
    if (multi) {
      return value == null ? List.of() : List.copyOf((Set<?>) value);
    }
    if (value instanceof String s && s.isBlank()) {
      return null;
    }
    return value;
  }

  private static boolean sameValue(Object a, Object b) {
    if (a instanceof List<?> la && b instanceof List<?> lb) {
      return Set.copyOf(la).equals(Set.copyOf(lb)) && la.size() == lb.size();
    }
    if (a == null && b instanceof List<?> lb) {
      return lb.isEmpty();
    }
    if (b == null && a instanceof List<?> la) {
      return la.isEmpty();
    }
    if (a instanceof Boolean ba && b == null) {
      return !ba;
    }
    return Objects.equals(a, b);
  }
}
