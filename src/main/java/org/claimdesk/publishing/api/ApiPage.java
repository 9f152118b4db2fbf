package org.claimdesk.publishing.api;

import java.util.List;

/** One page of a list: the items, where the page starts and how many there are in all. */
record ApiPage<T>(List<T> items, int page, int size, long total) {
}
