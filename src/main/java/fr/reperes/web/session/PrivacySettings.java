package fr.reperes.web.session;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param quickExitUrl the neutral site that replaces Repères when the user taps "Quitter rapidement"
 */
@ConfigurationProperties("reperes")
public record PrivacySettings(String quickExitUrl) {
}
