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
}
