/**
 * Names in free text (plain text, HTML, PDF), each resolved against the lists through kordon-matching.
 */
@SuppressWarnings("requires-automatic") // PDFBox and morfologik ship no module-info, only an Automatic-Module-Name
module org.kordon.documents {
    requires transitive org.kordon.input;
    requires transitive org.kordon.matching;
    requires org.apache.pdfbox;
    requires org.jsoup;
    requires org.carrot2.morfologik.stemming;

    exports org.kordon.documents;
}
