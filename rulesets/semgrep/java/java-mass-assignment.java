package kz.mfo.loans;

import javax.validation.Valid;
import org.springframework.beans.BeanUtils;
import org.springframework.web.bind.annotation.*;

@RestController
public class LoanController {
    private LoanRepository loanRepository;

    @PostMapping("/loans")
    public Loan create(@RequestBody Loan loan) {
        // ruleid: java-mass-assignment
        return loanRepository.save(loan);
    }

    @PutMapping("/loans/{id}")
    public Loan update(@PathVariable Long id, @Valid @RequestBody Loan patch) {
        Loan loan = loanRepository.findById(id).orElseThrow();
        // ruleid: java-mass-assignment
        BeanUtils.copyProperties(patch, loan);
        return loanRepository.save(loan);
    }

    @PostMapping("/loans/v2")
    public Loan createV2(@Valid @RequestBody LoanRequestDto dto) {
        Loan loan = new Loan();
        loan.setAmount(dto.getAmount());
        loan.setTermDays(dto.getTermDays());
        loan.setStatus(LoanStatus.NEW);
        // ok: java-mass-assignment
        return loanRepository.save(loan);
    }
}
