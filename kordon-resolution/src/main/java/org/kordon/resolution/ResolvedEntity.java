package org.kordon.resolution;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.kordon.model.Address;
import org.kordon.model.DateRange;
import org.kordon.model.Entity;
import org.kordon.model.Identifier;
import org.kordon.model.Name;
import org.kordon.model.Schema;

/**
 * One person, organisation, vessel or aircraft and all the listings that name it.
 *
 * <p>Its values are the union of its listings' values, each attributed to the listing that gives it; values that
 * disagree (two spellings, two addresses) stay side by side. Listings whose data conflict are never in one entity.
 *
 * @param id       {@code "ke:" + the smallest listing id}, e.g. {@code ke:eu:32014R0269-I.PERSONS-669} for Putin:
 *                 it survives every reload in which that listing survives, whatever other lists add
 * @param listings the listings, by id; never empty (source, programmes and dates are each listing's own)
 * @param links    the links that joined them, strongest first; empty for a single listing
 */
public record ResolvedEntity(String id, List<Entity> listings, List<Link> links) {
    /** The prefix of a resolved entity's id. */
    public static final String ID_PREFIX = "ke:";

    public ResolvedEntity {
        Objects.requireNonNull(id, "id");
        listings = List.copyOf(listings);
        links = List.copyOf(links);
        if (listings.isEmpty()) {
            throw new IllegalArgumentException("resolved entity " + id + " has no listing");
        }
    }

    /** The id of an entity made of listings whose smallest id is {@code smallestListingId}. */
    public static String idFor(String smallestListingId) {
        return ID_PREFIX + smallestListingId;
    }

    /** The most specific schema of its listings: a Company listed elsewhere as a LegalEntity is a Company. */
    public Schema schema() {
        Schema s = listings.get(0).schema();
        for (Entity e : listings) {
            if (e.schema().isA(s)) {
                s = e.schema();
            }
        }
        return s;
    }

    /** The caption of its first listing. */
    public String caption() {
        return listings.get(0).caption();
    }

    /** The listing ids, in order. */
    public List<String> listingIds() {
        return listings.stream().map(Entity::id).toList();
    }

    /** The ids of its listings other than {@code listingId}, in order: the "same as" of a result on that listing. */
    public List<String> otherListingIds(String listingId) {
        return listings.stream().map(Entity::id).filter(id -> !id.equals(listingId)).toList();
    }

    /** Each listing's id, list, name and programmes, in order: what a screening result shows of them. */
    public List<ListingSummary> summaries() {
        return listings.stream().map(ListingSummary::of).toList();
    }

    /** The lists its listings are on, without duplicates, in listing order ({@code [eu-32014R0269, ofac-sdn, uk-ofsi, uk-sl]}). */
    public List<String> sources() {
        return listings.stream().map(e -> e.source().list()).distinct().toList();
    }

    public List<Attributed<Name>> names() {
        return attributed(Entity::names);
    }

    public List<Attributed<DateRange>> birthDates() {
        return attributed(Entity::birthDates);
    }

    public List<Attributed<String>> nationalities() {
        return attributed(Entity::nationalities);
    }

    public List<Attributed<Identifier>> identifiers() {
        return attributed(Entity::identifiers);
    }

    public List<Attributed<Address>> addresses() {
        return attributed(Entity::addresses);
    }

    private <T> List<Attributed<T>> attributed(Function<Entity, List<T>> values) {
        List<Attributed<T>> out = new ArrayList<>();
        for (Entity e : listings) {
            for (T v : values.apply(e)) {
                out.add(new Attributed<>(v, e.id()));
            }
        }
        return List.copyOf(out);
    }
}
