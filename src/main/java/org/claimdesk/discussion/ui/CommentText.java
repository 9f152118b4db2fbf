package org.claimdesk.discussion.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Set;
import org.claimdesk.discussion.internal.Mentions;

/**
 * A comment's body as plain text: whatever was typed, markup included, is shown literally, with its line
 * breaks. Mentions of real people stand out as spans, which hold text only.
 */
final class CommentText extends Div {

    CommentText(String body, Set<String> mentionedUsernames) {
        addClassName("cd-comment-text");
        int shown = 0;
        for (Mentions.Mention mention : Mentions.in(body, mentionedUsernames)) {
            if (mention.start() > shown) {
                add(new Text(body.substring(shown, mention.start())));
            }
            Span name = new Span(body.substring(mention.start(), mention.end()));
            name.addClassName("cd-comment-mention");
            add(name);
            shown = mention.end();
        }
        if (shown < body.length()) {
            add(new Text(body.substring(shown)));
        }
    }
}
