package org.trellis.audit.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.trellis.audit.control.AuditTrail;
import org.trellis.audit.entity.AuditHead;

/**
 * At start, keys a chain written before the audit key existed (V13): if the unkeyed chain is intact
 * it is re-chained once with the key, and from then on only the key makes valid hashes. Starting
 * also makes sure the key exists (generating the key file on the very first start). No caller.
 */
@Singleton
@Startup
@PermitAll
@DependsOn("SchemaMigrations")
public class AuditChainKeying {

    @PersistenceContext(unitName = "trellis")
    EntityManager em;

    @Inject
    AuditTrail trail;

    @PostConstruct
    void keyTheChain() {
        trail.sealInForce(em.find(AuditHead.class, AuditHead.THE_HEAD, LockModeType.PESSIMISTIC_WRITE));
    }
}
