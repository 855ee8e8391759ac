package org.camelsonar.simulator;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What Sonar's public API cannot create and its UI can: tags, campaigns (by slug) and team members.
 * Seeds given to the builder survive {@link #reset()}, so a test class can declare them once.
 */
final class Catalog {

    private final Set<String> seedTags;
    private final Map<String, String> seedCampaigns;
    private final Set<String> tags = ConcurrentHashMap.newKeySet();
    private final Map<String, String> campaigns = new ConcurrentHashMap<>();
    private final Map<String, TeamMember> users = new ConcurrentHashMap<>();

    Catalog(Set<String> seedTags, Map<String, String> seedCampaigns) {
        this.seedTags = Set.copyOf(seedTags);
        this.seedCampaigns = Map.copyOf(seedCampaigns);
        reset();
    }

    void reset() {
        tags.clear();
        campaigns.clear();
        users.clear();
        tags.addAll(seedTags);
        campaigns.putAll(seedCampaigns);
    }

    void createTag(String name) {
        tags.add(requireText(name, "tag name"));
    }

    boolean hasTag(String name) {
        return tags.contains(name);
    }

    Set<String> tags() {
        return Set.copyOf(tags);
    }

    void createCampaign(String slug, String text) {
        campaigns.put(requireText(slug, "campaign slug"), requireText(text, "campaign text"));
    }

    Optional<String> campaignText(String slug) {
        return Optional.ofNullable(campaigns.get(slug));
    }

    void createUser(String email, String firstName, String lastName) {
        String key = requireText(email, "user email").toLowerCase(Locale.ROOT);
        users.put(key, new TeamMember(email, firstName, lastName));
    }

    /** The team member with this email; an unknown email becomes a member without names, as if invited. */
    TeamMember user(String email) {
        return users.computeIfAbsent(email.toLowerCase(Locale.ROOT), k -> new TeamMember(email, null, null));
    }

    private static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return value;
    }
}
