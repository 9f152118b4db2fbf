package org.claimdesk.publishing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.claimdesk.claim.Rating;
import org.claimdesk.claim.RatingScaleService;
import org.claimdesk.publishing.ClaimReviewImportViolation;
import org.claimdesk.publishing.LabelMappingRow;
import org.claimdesk.publishing.VerdictLabelMappingService;
import org.claimdesk.security.Roles;
import org.claimdesk.shell.ViewIntro;
import org.jspecify.annotations.Nullable;

/**
 * What other fact-checkers' verdict labels mean on the desk's scale, paged from the database, for editors to
 * search and change. Saving remaps the imported claims with that label that nobody has started on yet.
 */
@Route("claimreviews/labels")
@RolesAllowed(Roles.EDITOR)
class LabelMappingView extends Main implements HasDynamicTitle {

    private final VerdictLabelMappingService mappings;
    private final List<Rating> scale;
    private final Grid<LabelMappingRow> grid = new Grid<>();
    private final TextField filter = new TextField();

    LabelMappingView(VerdictLabelMappingService mappings, RatingScaleService ratings) {
        this.mappings = mappings;
        this.scale = ratings.scale();
        addClassName("cd-view");
        setId("label-mapping-view");
        filter.setId("label-mapping-filter");
        filter.setPlaceholder(getTranslation("label-mapping.filter"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        Button add = new Button(getTranslation("label-mapping.add"), VaadinIcon.PLUS.create(), click -> edit(null));
        add.setId("add-label-mapping");
        Div toolbar = new Div(filter, add);
        toolbar.addClassName("cd-toolbar");
        grid.setId("label-mapping-grid");
        grid.addColumn(LabelMappingRow::labelKey).setHeader(getTranslation("label-mapping.label")).setFlexGrow(3);
        grid.addColumn(row -> row.site().isEmpty() ? getTranslation("label-mapping.every-site") : row.site())
                .setHeader(getTranslation("label-mapping.site")).setFlexGrow(2);
        grid.addComponentColumn(this::rating).setHeader(getTranslation("label-mapping.rating")).setAutoWidth(true);
        grid.addColumn(row -> getTranslation(row.edited() ? "label-mapping.edited" : "label-mapping.default"))
                .setHeader(getTranslation("label-mapping.origin")).setAutoWidth(true);
        grid.setItems(query -> mappings.list(filter.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) mappings.count(filter.getValue()));
        grid.addItemClickListener(click -> edit(click.getItem()));
        grid.setHeight("65vh");
        add(new ViewIntro(getTranslation("label-mapping.intro")), toolbar, grid);
    }

    private Span rating(LabelMappingRow row) {
        if (row.ratingLabel() == null) {
            Span none = new Span(getTranslation("label-mapping.no-verdict"));
            none.addClassName("cd-note");
            return none;
        }
        Span badge = new Span(row.ratingLabel());
        badge.addClassName("cd-rating-badge");
        if (row.ratingColour() != null && row.ratingColour().matches("#[0-9a-fA-F]{6}")) {
            badge.getStyle().setBackgroundColor(row.ratingColour());
        }
        return badge;
    }

    /** A dialog for a row, or for a new one when {@code row} is null. */
    private void edit(@Nullable LabelMappingRow row) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(row == null ? "label-mapping.add" : "label-mapping.edit"));
        TextField label = new TextField(getTranslation("label-mapping.label"));
        label.setId("label-mapping-label");
        label.setHelperText(getTranslation("label-mapping.label.help"));
        TextField site = new TextField(getTranslation("label-mapping.site"));
        site.setId("label-mapping-site");
        site.setHelperText(getTranslation("label-mapping.site.help"));
        if (row != null) {
            label.setValue(row.labelKey());
            label.setReadOnly(true);
            site.setValue(row.site());
            site.setReadOnly(true);
        }
        ComboBox<Rating> rating = new ComboBox<>(getTranslation("label-mapping.rating"), scale);
        rating.setId("label-mapping-rating");
        rating.setItemLabelGenerator(Rating::label);
        rating.setClearButtonVisible(true);
        rating.setPlaceholder(getTranslation("label-mapping.no-verdict"));
        rating.setHelperText(getTranslation("label-mapping.rating.help"));
        if (row != null && row.ratingCode() != null) {
            scale.stream().filter(each -> each.code().equals(row.ratingCode())).findFirst().ifPresent(rating::setValue);
        }
        Button save = new Button(getTranslation("label-mapping.save"), click -> {
            try {
                int remapped = mappings.save(label.getValue(), site.getValue(),
                        rating.getValue() == null ? null : rating.getValue().code());
                dialog.close();
                grid.getDataProvider().refreshAll();
                Notification.show(getTranslation("label-mapping.saved", remapped), 5000,
                        Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (ClaimReviewImportViolation refused) {
                Notification.show(getTranslation(refused.messageKey(), refused.arguments()), 8000,
                        Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-label-mapping");
        dialog.add(new FormLayout(label, site, rating));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("label-mapping.title");
    }
}
