package org.claimdesk.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.claimdesk.claim.ClaimRuleViolation;
import org.claimdesk.claim.Rating;
import org.claimdesk.claim.RatingScaleService;
import org.claimdesk.security.Roles;
import org.claimdesk.shell.ViewIntro;

/** The rating scale verdicts use: label, description, ClaimReview value, colour and order, for admins to edit. */
@Route("admin/ratings")
@RolesAllowed(Roles.ADMIN)
class RatingScaleView extends Main implements HasDynamicTitle {

    private final RatingScaleService ratings;
    private final Grid<Rating> grid = new Grid<>();

    RatingScaleView(RatingScaleService ratings) {
        this.ratings = ratings;
        addClassName("cd-view");
        setId("rating-scale-view");
        grid.setId("ratings-grid");
        grid.addComponentColumn(rating -> {
            Span badge = new Span(rating.label());
            badge.addClassName("cd-rating-badge");
            badge.getStyle().setBackgroundColor(rating.colour());
            return badge;
        }).setHeader(getTranslation("ratings.label")).setAutoWidth(true);
        grid.addColumn(Rating::description).setHeader(getTranslation("ratings.description")).setFlexGrow(3);
        grid.addColumn(rating -> rating.ratingValue() == null ? "–" : String.valueOf(rating.ratingValue()))
                .setHeader(getTranslation("ratings.value")).setAutoWidth(true);
        grid.addColumn(Rating::position).setHeader(getTranslation("ratings.position")).setAutoWidth(true);
        grid.addItemClickListener(click -> edit(click.getItem()));
        grid.setAllRowsVisible(true);
        add(new ViewIntro(getTranslation("ratings.intro")), grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(ratings.scale());
    }

    private void edit(Rating rating) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("ratings.edit", rating.label()));
        TextField label = new TextField(getTranslation("ratings.label"), rating.label(), "");
        label.setId("rating-label");
        TextArea description = new TextArea(getTranslation("ratings.description"), rating.description(), "");
        IntegerField value = new IntegerField(getTranslation("ratings.value"));
        value.setValue(rating.ratingValue());
        value.setMin(1);
        value.setMax(5);
        value.setHelperText(getTranslation("ratings.value.help"));
        TextField colour = new TextField(getTranslation("ratings.colour"), rating.colour(), "#1b7f3b");
        IntegerField position = new IntegerField(getTranslation("ratings.position"));
        position.setValue(rating.position());
        Button save = new Button(getTranslation("ratings.save"), click -> {
            try {
                ratings.update(new Rating(rating.id(), rating.code(), label.getValue(), description.getValue(),
                        value.getValue(), colour.getValue(), position.getValue() == null ? rating.position()
                                : position.getValue(), rating.version()));
                dialog.close();
                refresh();
            } catch (ClaimRuleViolation violation) {
                Notification.show(getTranslation(violation.messageKey(), violation.arguments()), 8000,
                        Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-rating");
        dialog.add(new FormLayout(label, value, colour, position, description));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ratings.title");
    }
}
