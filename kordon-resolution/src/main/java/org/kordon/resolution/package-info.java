/**
 * Entity resolution: the listings of many lists in, one {@link org.kordon.resolution.ResolvedEntity} per person,
 * organisation, vessel or aircraft out, each merge with its {@link org.kordon.resolution.LinkReason}. Start at
 * {@link org.kordon.resolution.Resolver#resolve(org.kordon.model.ListSnapshot)}. Knows no database or HTTP.
 */
package org.kordon.resolution;
