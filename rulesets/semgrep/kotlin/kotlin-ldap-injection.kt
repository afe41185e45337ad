package kz.mfo.directory

import com.unboundid.ldap.sdk.Filter
import javax.naming.directory.DirContext
import javax.naming.directory.SearchControls
import org.springframework.ldap.core.LdapTemplate
import org.springframework.ldap.query.LdapQueryBuilder
import org.springframework.ldap.query.LdapQueryBuilder.query
import org.springframework.ldap.support.LdapEncoder
import org.springframework.web.bind.annotation.*

@RestController
class StaffDirectoryController(private val ldapTemplate: LdapTemplate) {
    @GetMapping("/staff")
    fun find(@RequestParam login: String): List<String> {
        // ruleid: kotlin-ldap-injection
        return ldapTemplate.search("ou=staff", "(uid=$login)", mapper)
    }

    @GetMapping("/staff/by-mail")
    fun byMail(@RequestParam mail: String): List<Staff> {
        // ruleid: kotlin-ldap-injection
        val q = LdapQueryBuilder.query().base("ou=staff").filter("(mail=" + mail + ")")
        return ldapTemplate.find(q, Staff::class.java)
    }

    @GetMapping("/staff/safe")
    fun findSafe(@RequestParam login: String): List<Staff> {
        // ok: kotlin-ldap-injection
        val q = query().where("uid").`is`(login)
        // ok: kotlin-ldap-injection
        val q2 = query().filter("(uid={0})", login)
        // ok: kotlin-ldap-injection
        ldapTemplate.search("ou=staff", "(uid=" + LdapEncoder.filterEncode(login) + ")", mapper)
        return ldapTemplate.find(q, Staff::class.java)
    }
}

// a login check that builds the filter from the user id and password it is given
open class DirectoryAuthenticator {
    var ldapTemplate: LdapTemplate? = null
    var ctx: DirContext? = null

    open fun authenticate(userId: String?, password: String?): Boolean {
        val q = query()
            // ruleid: kotlin-ldap-injection
            .filter("(&(uid=" + userId!!.trim() + ")(userPassword=" + password + "))")
        return ldapTemplate!!.find(q, Staff::class.java).isNotEmpty()
    }

    fun exists(userId: String): Boolean {
        // ruleid: kotlin-ldap-injection
        val results = ctx?.search("ou=people", "(uid=$userId)", SearchControls())
        return results?.hasMore() == true
    }

    fun branchMembers(branch: String): Filter =
        // ruleid: kotlin-ldap-injection
        Filter.create("(&(objectClass=person)(ou=" + branch + "))")

    fun existsSafe(userId: String): Boolean {
        // ok: kotlin-ldap-injection
        val results = ctx!!.search("ou=people", "(uid={0})", arrayOf(userId), SearchControls())
        // ok: kotlin-ldap-injection
        val f = Filter.createEqualityFilter("uid", userId)
        return results.hasMore()
    }

    // a generic search helper: the filter is passed whole, the callers are where it is built
    fun search(filter: String): List<Staff> =
        // ok: kotlin-ldap-injection
        ldapTemplate!!.search("ou=people", filter, mapper)

    fun activeStaff(): List<Staff> =
        // ok: kotlin-ldap-injection
        ldapTemplate!!.search("ou=people", "(&(objectClass=person)(active=TRUE))", mapper)
}
