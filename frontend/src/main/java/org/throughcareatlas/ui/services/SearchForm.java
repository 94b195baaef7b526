package org.throughcareatlas.ui.services;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.throughcareatlas.directory.Area;
import org.throughcareatlas.directory.Circumstance;
import org.throughcareatlas.directory.Need;
import org.throughcareatlas.directory.Prison;
import org.throughcareatlas.search.SearchCriteria;

/**
 * The officer's description of the person: needs, where they will live, their prison and
 * circumstances, and optional words. Holds nothing after the page is left.
 */
class SearchForm extends Composite<VerticalLayout> {

  static final String NOT_GIVEN = "Not given";
  static final String WOMAN = "Woman";
  static final String MAN = "Man";

  final MultiSelectComboBox<Need> needs = new MultiSelectComboBox<>("Needs");
  final ComboBox<Area> area = new ComboBox<>("Release area");
  final TextField place = new TextField("Or a town");
  final IntegerField radius = new IntegerField("Within (km)");
  final ComboBox<Prison> prison = new ComboBox<>("Now in");
  final RadioButtonGroup<String> gender = new RadioButtonGroup<>("Gender");
  final IntegerField age = new IntegerField("Age");
  final CheckboxGroup<Circumstance> sentence = new CheckboxGroup<>("Sentence and release");
  final CheckboxGroup<Circumstance> flags = new CheckboxGroup<>("Other circumstances");
  final TextField text = new TextField("Words (optional)");
  final Checkbox showExcluded = new Checkbox("Show services left out, and why");
  final Button search = new Button("Find services");
  final Button clear = new Button("Clear");

  private final Map<String, Need> needsById;
  private final Map<String, Circumstance> circumstancesById;
  private final List<Need> allNeeds;

  SearchForm(List<Need> allNeeds, List<Area> areas, List<Prison> prisons, List<Circumstance> all) {
    this.allNeeds = allNeeds;
    needsById = allNeeds.stream().collect(Collectors.toMap(Need::id, Function.identity()));
    circumstancesById = all.stream().collect(Collectors.toMap(Circumstance::id, c -> c));

    needs.setItems(allNeeds);
    needs.setItemLabelGenerator(this::needLabel);
    needs.setHelperText("A broad need includes its narrower ones");
    needs.setPlaceholder("e.g. Housing");
    area.setItems(areas);
    area.setItemLabelGenerator(Area::name);
    area.setClearButtonVisible(true);
    place.setPlaceholder("e.g. Dundee");
    place.setMaxLength(100);
    place.setClearButtonVisible(true);
    radius.setMin(1);
    radius.setMax(500);
    radius.setPlaceholder("25");
    radius.setStepButtonsVisible(true);
    prison.setItems(prisons);
    prison.setItemLabelGenerator(Prison::name);
    prison.setClearButtonVisible(true);
    prison.setHelperText("Services working inside it are marked");
    gender.setItems(NOT_GIVEN, WOMAN, MAN);
    gender.setValue(NOT_GIVEN);
    age.setMin(10);
    age.setMax(120);
    age.setStepButtonsVisible(true);
    sentence.setItems(all.stream().filter(c -> c.group().equals("sentence")).toList());
    sentence.setItemLabelGenerator(Circumstance::name);
    flags.setItems(all.stream().filter(c -> c.group().equals("flag")).toList());
    flags.setItemLabelGenerator(Circumstance::name);
    text.setPlaceholder("e.g. hostel, recovery café");
    text.setMaxLength(500);
    text.setClearButtonVisible(true);
    search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    search.addClickShortcut(Key.ENTER);

    HorizontalLayout placeRow = new HorizontalLayout(place, radius);
    place.setWidth("55%");
    radius.setWidth("45%");
    placeRow.setWidthFull();
    HorizontalLayout genderAge = new HorizontalLayout(gender, age);
    age.setWidth("8em");
    VerticalLayout form = getContent();
    form.setPadding(false);
    form.setSpacing(false);
    H3 title = new H3("Who is the search for?");
    title.getStyle().set("margin-top", "0");
    form.add(
        title,
        needs,
        area,
        placeRow,
        prison,
        genderAge,
        sentence,
        flags,
        text,
        showExcluded,
        new HorizontalLayout(search, clear));
    needs.setWidthFull();
    area.setWidthFull();
    prison.setWidthFull();
    text.setWidthFull();
  }

  /** "Housing" or "Housing › Emergency accommodation". */
  String needLabel(Need need) {
    Need broader = need.broaderId() == null ? null : needsById.get(need.broaderId());
    return broader == null ? need.name() : broader.name() + " › " + need.name();
  }

  /** The search the fields describe. */
  SearchCriteria criteria() {
    List<String> circumstances = new ArrayList<>();
    if (WOMAN.equals(gender.getValue())) {
      circumstances.add("women");
    } else if (MAN.equals(gender.getValue())) {
      circumstances.add("men");
    }
    sentence.getSelectedItems().forEach(c -> circumstances.add(c.id()));
    flags.getSelectedItems().forEach(c -> circumstances.add(c.id()));
    return new SearchCriteria(
        allNeeds.stream().filter(needs.getSelectedItems()::contains).map(Need::id).toList(),
        area.getValue() == null ? null : area.getValue().code(),
        place.getValue().isBlank() ? null : place.getValue().strip(),
        null,
        null,
        radius.getValue() == null ? null : radius.getValue().doubleValue(),
        prison.getValue() == null ? null : prison.getValue().id(),
        age.getValue(),
        circumstances,
        text.getValue().isBlank() ? null : text.getValue(),
        showExcluded.getValue());
  }

  /** Shows {@code c} in the fields; ids the lists do not hold are left out. */
  void show(SearchCriteria c, List<Area> areas, List<Prison> prisons) {
    needs.setValue(
        c.needIds().stream()
            .map(needsById::get)
            .filter(n -> n != null)
            .collect(Collectors.toSet()));
    area.setValue(
        areas.stream().filter(a -> a.code().equals(c.areaCode())).findFirst().orElse(null));
    place.setValue(c.place() == null ? "" : c.place());
    radius.setValue(c.radiusKm() == null ? null : c.radiusKm().intValue());
    prison.setValue(
        prisons.stream().filter(p -> p.id().equals(c.prisonId())).findFirst().orElse(null));
    Set<String> ids = Set.copyOf(c.circumstanceIds());
    gender.setValue(ids.contains("women") ? WOMAN : ids.contains("men") ? MAN : NOT_GIVEN);
    age.setValue(c.age());
    sentence.setValue(selected(ids, "sentence"));
    flags.setValue(selected(ids, "flag"));
    text.setValue(c.text() == null ? "" : c.text());
    showExcluded.setValue(c.includeExcluded());
  }

  private Set<Circumstance> selected(Set<String> ids, String group) {
    return ids.stream()
        .map(circumstancesById::get)
        .filter(c -> c != null && c.group().equals(group))
        .collect(Collectors.toSet());
  }

  /** Marks the field a search input problem is about; false when no field matches. */
  boolean markInvalid(String field, String message) {
    HasValidation target =
        switch (field) {
          case "needs" -> needs;
          case "area" -> area;
          case "place", "near" -> place;
          case "radiusKm" -> radius;
          case "prison" -> prison;
          case "age" -> age;
          case "circumstances" -> flags;
          default -> null;
        };
    if (target == null) {
      return false;
    }
    target.setErrorMessage(message);
    target.setInvalid(true);
    return true;
  }

  void clearInvalid() {
    List<HasValidation> fields = List.of(needs, area, place, radius, prison, age, flags);
    fields.forEach(field -> field.setInvalid(false));
  }
}
