package org.trellis.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityExistsException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DuplicateKeysTest {

    @Test
    void aTakenKeyIsRecognisedWhereverTheDriverPutsItInTheChain() {
        SQLException taken = new SQLException("duplicate key value violates unique constraint", "23505");
        assertTrue(DuplicateKeys.isCause(new PersistenceException("flush failed", new RuntimeException(taken))));
        assertTrue(DuplicateKeys.isCause(new EntityExistsException("already persisted")));
    }

    @Test
    void otherFailuresOfTheDatabaseAreNotAConflict() {
        SQLException check = new SQLException("violates check constraint", "23514");
        assertFalse(DuplicateKeys.isCause(new PersistenceException("flush failed", check)));
        assertFalse(DuplicateKeys.isCause(new PersistenceException("connection lost", new SQLException("gone", "08006"))));
        assertFalse(DuplicateKeys.isCause(new PersistenceException("no cause")));
    }
}
