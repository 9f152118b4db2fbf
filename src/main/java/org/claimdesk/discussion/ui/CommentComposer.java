package org.claimdesk.discussion.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.claimdesk.discussion.Comment;
import org.jspecify.annotations.Nullable;

/**
 * A text area for a comment, a reply or an edit, with a live character count against the limit, and
 * the button that sends it. The service checks the text again; the limit here only stops typing early.
 */
final class CommentComposer extends Div {

    private final TextArea text = new TextArea();
    private final Button submit;

    /**
     * @param onSubmit sends the text; true if it was accepted, so the composer may empty itself
     * @param onType   told of each change of the text, so that a refresh of the thread can keep it
     */
    CommentComposer(String initialText, String submitLabel, Predicate<String> onSubmit, Consumer<String> onType,
            @Nullable Runnable onCancel) {
        addClassName("cd-comment-composer");
        text.setWidthFull();
        text.setMinHeight("5rem");
        text.setMaxLength(Comment.MAX_LENGTH);
        text.setPlaceholder(getTranslation("comment.placeholder"));
        text.setAriaLabel(getTranslation("comment.label"));
        text.setValueChangeMode(ValueChangeMode.EAGER);
        text.addClassName("cd-comment-input");
        text.addValueChangeListener(change -> {
            showCount();
            onType.accept(change.getValue());
        });
        text.setValue(initialText);
        showCount();
        submit = new Button(submitLabel, click -> {
            if (onSubmit.test(text.getValue())) {
                text.clear();
            }
        });
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClassName("cd-comment-submit");
        Div actions = new Div(submit);
        actions.addClassName("cd-comment-actions");
        if (onCancel != null) {
            Button cancel = new Button(getTranslation("action.cancel"), click -> onCancel.run());
            cancel.addClassName("cd-comment-cancel");
            actions.add(cancel);
        }
        add(text, actions);
    }

    /** Stable ids for the one composer of new comments, which tests and journeys look for. */
    CommentComposer withIds(String textId, String submitId) {
        text.setId(textId);
        submit.setId(submitId);
        return this;
    }

    void focus() {
        text.focus();
    }

    private void showCount() {
        text.setHelperText(getTranslation("comment.counter", text.getValue().length(), Comment.MAX_LENGTH));
    }
}
