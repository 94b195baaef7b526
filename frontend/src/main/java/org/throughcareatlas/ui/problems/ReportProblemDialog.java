package org.throughcareatlas.ui.problems;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import org.throughcareatlas.directory.Service;
import org.throughcareatlas.editing.FieldError;
import org.throughcareatlas.problems.ProblemReport;
import org.throughcareatlas.problems.Problems;

/** Flags a service as closed, with a wrong contact, a wrong area, or something else. */
public class ReportProblemDialog extends Dialog {

  final RadioButtonGroup<ProblemReport.Kind> kind = new RadioButtonGroup<>("What is wrong?");
  final TextArea note = new TextArea("Note");
  final Button send = new Button("Send report");

  public ReportProblemDialog(Problems problems, Service service) {
    setHeaderTitle("Report a problem with " + service.name());
    kind.setItems(ProblemReport.Kind.values());
    kind.setItemLabelGenerator(ProblemReport.Kind::label);
    note.setMaxLength(2000);
    note.setWidthFull();
    note.setHelperText("What you found, e.g. the number that works now. No details of a person.");
    send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    send.addClickListener(
        e -> {
          Problems.Result result = problems.report(service.id(), kind.getValue(), note.getValue());
          if (!result.errors().isEmpty()) {
            for (FieldError error : result.errors()) {
              if ("kind".equals(error.field())) {
                kind.setErrorMessage(error.message());
                kind.setInvalid(true);
              } else {
                note.setErrorMessage(error.message());
                note.setInvalid(true);
              }
            }
            return;
          }
          Notification.show("Thank you: the agency's editors will see your report.");
          close();
        });
    add(kind, note);
    getFooter().add(new Button("Cancel", e -> close()), send);
  }
}
