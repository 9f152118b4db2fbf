package org.claimdesk.discussion.internal;

import org.claimdesk.discussion.Comment;
import org.claimdesk.discussion.CommentRuleViolation;

/** A comment's text as it is stored: plain text with {@code \n} line breaks, trimmed, never blank, never too long. */
final class CommentBody {

    private CommentBody() {
    }

    static String checked(String typed) {
        String body = typed.replace("\r\n", "\n").replace('\r', '\n').strip();
        if (body.isEmpty()) {
            throw new CommentRuleViolation("comment.body.empty");
        }
        if (body.length() > Comment.MAX_LENGTH) {
            throw new CommentRuleViolation("comment.body.too-long", Comment.MAX_LENGTH, body.length());
        }
        return body;
    }
}
