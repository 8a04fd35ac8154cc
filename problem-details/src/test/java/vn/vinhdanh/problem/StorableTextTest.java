package vn.vinhdanh.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class StorableTextTest {

    @Test
    void nulAndLoneSurrogatesAreRefusedAndEveryRealCharacterPasses() {
        assertThat(StorableText.problemIn("Lò Thị Mai")).isNull();
        assertThat(StorableText.problemIn("chè Shan tuyết \uD83C\uDF43"))
                .as("a pair is one character")
                .isNull();
        assertThat(StorableText.problemIn(null)).isNull();
        assertThat(StorableText.problemIn("Mai\u0000"))
                .isNotNull()
                .extracting(StorableText.Problem::english)
                .asString()
                .contains("NUL");
        assertThat(StorableText.problemIn("a\uD83C"))
                .isNotNull()
                .extracting(StorableText.Problem::english)
                .asString()
                .contains("unpaired");
        assertThat(StorableText.problemIn("\uDF43b")).isNotNull();
        assertThat(StorableText.problemIn("\uD83C\uD83C\uDF43"))
                .as("a high surrogate before a pair")
                .isNotNull();
    }

    @Test
    void aLostDatabaseIsTellingFromAFailingQuery() {
        assertThat(ProblemMappers.databaseUnreachable(new RuntimeException(
                        "could not prepare statement",
                        new SQLException("Connection to 127.0.0.1:5432 refused", "08001"))))
                .isTrue();
        assertThat(ProblemMappers.databaseUnreachable(new SQLException("terminating connection", "57P01")))
                .isTrue();
        assertThat(ProblemMappers.databaseUnreachable(
                        new IllegalStateException(new SQLTransientConnectionException("pool exhausted"))))
                .isTrue();
        assertThat(ProblemMappers.databaseUnreachable(
                        new SQLException("Acquisition timeout while waiting for new connection")))
                .isTrue();
        assertThat(ProblemMappers.databaseUnreachable(new SQLException("duplicate key", "23505")))
                .isFalse();
        assertThat(ProblemMappers.databaseUnreachable(new IllegalArgumentException("a bug")))
                .isFalse();
    }
}
