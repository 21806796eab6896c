/**
 * Reading a user's or a reference CSV the one way ({@code CsvTable}), XML the one safe way ({@code SafeXmlReader}),
 * and the one exception family every module's format error extends ({@code InputFormatException}). Its API shows
 * commons-csv's {@code CSVRecord} and StAX's {@code XMLStreamReader}.
 */
module org.kordon.input {
    requires static transitive org.jspecify; // @Nullable on the API; not needed at run time
    requires transitive org.apache.commons.csv;
    requires transitive java.xml;

    exports org.kordon.input;
}
