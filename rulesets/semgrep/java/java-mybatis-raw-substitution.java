package kz.loans.repository;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
public interface LoanMapper {
    // ruleid: java-mybatis-raw-substitution
    @Select("SELECT * FROM loans WHERE client_name = '${name}'")
    List<Loan> byClientName(@Param("name") String name);

    // ok: java-mybatis-raw-substitution
    @Select("SELECT * FROM loans WHERE client_name = #{name}")
    List<Loan> byClientNameBound(@Param("name") String name);

    // ruleid: java-mybatis-raw-substitution
    @Update({"UPDATE loans SET status = #{status}", " WHERE id IN (${ids})"})
    int setStatus(@Param("status") String status, @Param("ids") String ids);

    // ok: java-mybatis-raw-substitution
    @Select("SELECT * FROM loans ORDER BY created_at DESC")
    List<Loan> latest();

    // MyBatis-Plus writes the Wrapper's SQL itself and binds its values as #{ew.paramNameValuePairs...}
    // ok: java-mybatis-raw-substitution
    @Select("SELECT id, amount FROM loans ${ew.customSqlSegment}")
    List<Loan> page(@Param("ew") Object wrapper);

    // the data-permission fragment a DataScope aspect writes from the user's roles
    // ok: java-mybatis-raw-substitution
    @Select({"SELECT l.id FROM loans l", " WHERE l.deleted = 0 ${params.dataScope}"})
    List<Loan> scoped(Loan query);

    // ruleid: java-mybatis-raw-substitution
    @Select("SELECT id FROM loans ${ew.customSqlSegment} ORDER BY ${sort}")
    List<Loan> sorted(@Param("ew") Object wrapper, @Param("sort") String sort);
}
