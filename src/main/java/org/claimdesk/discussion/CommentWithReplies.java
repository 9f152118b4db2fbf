package org.claimdesk.discussion;

import java.util.List;

/** A top-level comment and the replies to it, oldest first. Replies have no replies of their own. */
public record CommentWithReplies(Comment comment, List<Comment> replies) {
}
