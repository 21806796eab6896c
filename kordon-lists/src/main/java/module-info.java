/**
 * Reading the official list formats into the model, list diff, safe downloads and list health. Reads its table of
 * official sources from its own package's resources.
 */
module org.kordon.lists {
    requires transitive org.kordon.model;
    requires transitive org.kordon.input;
    requires com.fasterxml.jackson.core;
    requires java.net.http;
    requires java.xml;

    exports org.kordon.lists;
}
