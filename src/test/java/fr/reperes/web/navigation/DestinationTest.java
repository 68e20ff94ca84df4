package fr.reperes.web.navigation;

import com.vaadin.flow.router.RouteConfiguration;
import fr.reperes.AbstractViewTest;
import fr.reperes.core.LetterId;
import fr.reperes.core.Links;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every typed way to another page leads to a view: a renamed route breaks this test, not a link in production. */
class DestinationTest extends AbstractViewTest {

    @Test
    void everyDestinationIsTheAddressOfAView() {
        for (Destination destination : Destination.values()) {
            assertThat(RouteConfiguration.forApplicationScope().getRoute(destination.path()))
                    .as(destination + " → /" + destination.path()).isPresent();
        }
    }

    @Test
    void everyLetterAndAPageHaveTheAddressTheirLinksUse() {
        for (LetterId letter : LetterId.values()) {
            assertThat(RouteConfiguration.forApplicationScope().getRoute(Links.letter(letter))).as(letter.id()).isPresent();
        }
        assertThat(RouteConfiguration.forApplicationScope().getRoute(Links.page("glossaire"))).isPresent();
        assertThat(RouteConfiguration.forApplicationScope().getRoute(Links.PAGES + "/a/b")).as("une adresse inventée")
                .isEmpty();
    }
}
