package org.throughcareatlas.ui.plan;

import java.util.List;

/**
 * A service picked into a release plan, with what the person needs to use it. Copied from the
 * directory when picked, so the plan reads the same however the directory changes afterwards.
 *
 * @param need the need this service is picked for, e.g. "Housing"
 * @param address where to go, or "Phone or online"
 * @param contact who to contact and how, e.g. "Throughcare duty worker · 0131 496 0123"
 * @param howToRefer e.g. "Self-referral: yes. Or ask: prison officer, CJSW"
 * @param whatToBring documents to bring, e.g. "photo ID if you have it"
 */
public record PlanItem(
    String need,
    String serviceId,
    String serviceName,
    String agencyName,
    String address,
    String contact,
    String howToRefer,
    String openingHours,
    List<String> whatToBring) {}
