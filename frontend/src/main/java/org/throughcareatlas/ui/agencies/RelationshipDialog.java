package org.throughcareatlas.ui.agencies;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.throughcareatlas.directory.WorkingRelationship;
import org.throughcareatlas.relationships.RelationshipEditing;
import org.throughcareatlas.relationships.RelationshipInput;
import org.throughcareatlas.relationships.RelationshipInputException;

/**
 * Records a new working relationship from an agency, or changes or ends one. A refusal is shown on
 * the field it concerns and nothing typed is lost.
 */
class RelationshipDialog extends Dialog {

  /** A party a relationship can go to: an agency, prison or service. */
  record Party(String id, String name) {}

  /**
   * The parties a relationship of a type can go to whose names contain the text, a page at a time.
   */
  @FunctionalInterface
  interface Parties extends java.io.Serializable {
    java.util.stream.Stream<Party> find(String type, String text, int offset, int limit);
  }

  static final Map<String, String> TYPES = new LinkedHashMap<>();

  static {
    TYPES.put("REFERS_TO", "Refers to");
    TYPES.put("PARTNERS_WITH", "Partners with");
    TYPES.put("SHARES_INFORMATION_WITH", "Shares information with");
    TYPES.put("WORKS_IN", "Works in (prison)");
    TYPES.put("FUNDS", "Funds (service)");
    TYPES.put("COMMISSIONS", "Commissions (service)");
  }

  final Select<String> type = new Select<>();
  final ComboBox<Party> to = new ComboBox<>("With");
  final DatePicker since = new DatePicker("Since");
  final Checkbox formal = new Checkbox("Formal agreement");
  final DatePicker lastConfirmed = new DatePicker("Last confirmed");
  final TextField system = new TextField("System or protocol");
  final TextArea notes = new TextArea("Notes");
  final DatePicker ended = new DatePicker("Ended on");
  final Paragraph problem = new Paragraph();
  final Button save = new Button("Save");

  /**
   * @param existing the relationship to change or end, or null to record a new one
   * @param parties the parties of each type, by type
   */
  RelationshipDialog(
      String agencyId,
      WorkingRelationship existing,
      Parties parties,
      RelationshipEditing editing,
      Runnable saved) {
    setHeaderTitle(existing == null ? "Record a relationship" : "Change or end a relationship");
    type.setLabel("Relationship");
    type.setItems(TYPES.keySet());
    type.setItemLabelGenerator(TYPES::get);
    type.addValueChangeListener(
        e -> {
          String chosen = e.getValue();
          to.setItems(
              query ->
                  parties.find(
                      chosen, query.getFilter().orElse(""), query.getOffset(), query.getLimit()));
          system.setEnabled("SHARES_INFORMATION_WITH".equals(e.getValue()));
        });
    to.setItemLabelGenerator(Party::name);
    lastConfirmed.setValue(LocalDate.now());
    notes.setMaxLength(2_000);
    problem.getStyle().set("color", "var(--lumo-error-text-color)");
    problem.getElement().setAttribute("role", "alert");

    FormLayout form = new FormLayout(type, to, since, lastConfirmed, formal, system, notes);
    form.setColspan(notes, 2);
    add(form);
    if (existing != null) {
      type.setValue(existing.type());
      to.setValue(new Party(otherId(existing), existing.otherName()));
      type.setReadOnly(true);
      to.setReadOnly(true);
      since.setValue(existing.since());
      formal.setValue(existing.formal());
      lastConfirmed.setValue(existing.lastConfirmed());
      system.setValue(existing.system() == null ? "" : existing.system());
      notes.setValue(existing.notes() == null ? "" : existing.notes());
      ended.setHelperText("To end the relationship, give the date and choose End");
      add(ended);
    } else {
      type.setValue("REFERS_TO");
    }
    add(problem);

    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    save.addClickListener(
        e ->
            attempt(
                () -> {
                  RelationshipInput input =
                      new RelationshipInput(
                          type.getValue(),
                          agencyId,
                          to.getValue() == null ? null : to.getValue().id(),
                          since.getValue(),
                          formal.getValue(),
                          lastConfirmed.getValue(),
                          notes.getValue(),
                          system.getValue());
                  if (existing == null) {
                    editing.add(input);
                  } else {
                    editing.change(existing.id(), input);
                  }
                },
                saved));
    Button cancel = new Button("Cancel", e -> close());
    getFooter().add(cancel);
    if (existing != null) {
      Button end = new Button("End");
      end.addThemeVariants(ButtonVariant.LUMO_ERROR);
      end.addClickListener(e -> attempt(() -> editing.end(existing.id(), ended.getValue()), saved));
      getFooter().add(end);
    }
    getFooter().add(save);
  }

  private static String otherId(WorkingRelationship r) {
    return switch (r.other()) {
      case org.throughcareatlas.directory.Agency a -> a.id();
      case org.throughcareatlas.directory.Prison p -> p.id();
      case org.throughcareatlas.directory.Service s -> s.id();
      default -> null;
    };
  }

  private void attempt(Runnable change, Runnable saved) {
    to.setInvalid(false);
    since.setInvalid(false);
    lastConfirmed.setInvalid(false);
    ended.setInvalid(false);
    system.setInvalid(false);
    notes.setInvalid(false);
    try {
      change.run();
      close();
      saved.run();
    } catch (RelationshipInputException refused) {
      problem.setText(refused.getMessage());
      switch (refused.field()) {
        case "to" -> invalid(to, refused);
        case "since" -> invalid(since, refused);
        case "lastConfirmed" -> invalid(lastConfirmed, refused);
        case "ended" -> invalid(ended, refused);
        case "system" -> {
          system.setErrorMessage(refused.getMessage());
          system.setInvalid(true);
        }
        case "notes" -> {
          notes.setErrorMessage(refused.getMessage());
          notes.setInvalid(true);
        }
        default -> {}
      }
    }
  }

  private static void invalid(
      com.vaadin.flow.component.HasValidation field, RelationshipInputException refused) {
    field.setErrorMessage(refused.getMessage());
    field.setInvalid(true);
  }
}
