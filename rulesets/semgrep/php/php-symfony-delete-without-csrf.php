<?php

namespace App\Controller;

use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\Request;

// Deleting actions of a made-up lender's back office. Symfony checks tokens only for its forms:
// a removal behind a plain link or a tokenless POST is forged by any page staff open.
class BorrowerController extends AbstractController
{
    public function __construct(private BorrowerService $borrowerService)
    {
    }

    public function remove(Request $request, $id)
    {
        $borrower = $this->getDoctrine()->getRepository(Borrower::class)->find($id);
        $entityManager = $this->getDoctrine()->getManager();
        // ruleid: php-symfony-delete-without-csrf
        $entityManager->remove($borrower);
        $entityManager->flush();
        return $this->redirectToRoute('borrowers');
    }

    public function drop($id)
    {
        // ruleid: php-symfony-delete-without-csrf
        $this->borrowerService->remove($id);
        return $this->redirectToRoute('borrowers');
    }

    public function purge(int $guarantorId)
    {
        // ruleid: php-symfony-delete-without-csrf
        $this->getDoctrine()->getManager()->remove($this->guarantors->find($guarantorId));
        return $this->redirectToRoute('borrowers');
    }

    public function delete(Request $request, Borrower $borrower)
    {
        if ($this->isCsrfTokenValid('delete' . $borrower->getId(), $request->request->get('_token'))) {
            $em = $this->getDoctrine()->getManager();
            // ok: php-symfony-delete-without-csrf
            $em->remove($borrower);
            $em->flush();
        }
        return $this->redirectToRoute('borrowers');
    }

    public function deleteGuarded(Request $request, Borrower $borrower)
    {
        if (!$this->isCsrfTokenValid('delete' . $borrower->getId(), $request->request->get('_token'))) {
            throw $this->createAccessDeniedException();
        }
        // ok: php-symfony-delete-without-csrf
        $this->borrowerService->delete($borrower);
        return $this->redirectToRoute('borrowers');
    }

    public function deleteByForm(Request $request, $id)
    {
        $form = $this->createDeleteForm($id);
        $form->handleRequest($request);
        if ($form->isValid()) {
            $em = $this->getDoctrine()->getManager();
            // ok: php-symfony-delete-without-csrf
            $em->remove($em->getRepository(Borrower::class)->find($id));
            $em->flush();
        }
        return $this->redirectToRoute('borrowers');
    }

    public function clearNotice($id)
    {
        // ok: php-symfony-delete-without-csrf
        $this->session->remove('notice_' . $id);
        return $this->redirectToRoute('borrowers');
    }

    private function forget($id)
    {
        // ok: php-symfony-delete-without-csrf
        $this->borrowerService->remove($id);
    }
}

// A class that is no controller (a service) deletes for whoever calls it; the action that calls it
// is the one to check.
class BorrowerService
{
    public function remove($id)
    {
        $borrower = $this->em->getRepository(Borrower::class)->find($id);
        // ok: php-symfony-delete-without-csrf
        $this->em->remove($borrower);
        $this->em->flush();
    }
}
