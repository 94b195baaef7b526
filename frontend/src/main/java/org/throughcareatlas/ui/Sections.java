package org.throughcareatlas.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.Collection;
import java.util.function.Function;
import org.throughcareatlas.directory.Contact;

/** Small building blocks for the detail pages: titled sections, labelled facts, lists. */
public final class Sections {

  private Sections() {}

  /** A titled section of a page. */
  public static Div section(String title, Component... content) {
    Div section = new Div();
    section.addClassNames(LumoUtility.Margin.Bottom.MEDIUM);
    H3 heading = new H3(title);
    heading.addClassNames(LumoUtility.FontSize.MEDIUM, LumoUtility.Margin.Bottom.XSMALL);
    section.add(heading);
    section.add(content);
    return section;
  }

  /** "Label: value", with a dash for a missing value. */
  public static Paragraph fact(String label, String value) {
    Span name = new Span(label + ": ");
    name.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
    Paragraph fact = new Paragraph(name, new Span(Formats.orDash(value)));
    fact.addClassNames(LumoUtility.Margin.Vertical.XSMALL);
    return fact;
  }

  /** A bullet list of {@code items} shown by {@code show}, or {@code empty} when there are none. */
  public static <T> Component list(Collection<T> items, Function<T, Component> show, String empty) {
    if (items.isEmpty()) {
      Paragraph none = new Paragraph(empty);
      none.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.Vertical.XSMALL);
      return none;
    }
    UnorderedList list = new UnorderedList();
    list.addClassNames(LumoUtility.Margin.Vertical.XSMALL);
    for (T item : items) {
      list.add(new ListItem(show.apply(item)));
    }
    return list;
  }

  /** A Lumo badge. */
  public static Span badge(String text, String theme) {
    Span badge = new Span(text);
    badge.getElement().getThemeList().add("badge " + theme);
    return badge;
  }

  /** A contact on one line: name, role, phone, and the email as a mail link. */
  public static Component contact(Contact c) {
    Span line =
        new Span(
            c.name()
                + (c.role() == null ? "" : ", " + c.role())
                + (c.phone() == null ? "" : " · " + c.phone())
                + " ");
    if (c.email() != null) {
      line.add(new Anchor("mailto:" + c.email(), c.email()));
    }
    return line;
  }
}
