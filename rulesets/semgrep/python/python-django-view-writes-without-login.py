from django.contrib.auth.decorators import login_required
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404, render

from .models import Choice, Comment, Question


@login_required
def results(request, question_id):
    return render(request, "results.html", {"question": get_object_or_404(Question, pk=question_id)})


# The module guards its views with login_required, and this one, which changes a stored record
# from the posted form, has no guard at all.
# ruleid: python-django-view-writes-without-login
def vote(request, question_id):
    question = get_object_or_404(Question, pk=question_id)
    selected_choice = question.choice_set.get(pk=request.POST["choice"])
    selected_choice.votes += 1
    selected_choice.save()
    return HttpResponseRedirect("/")


# ruleid: python-django-view-writes-without-login
def delete_comment(request, comment_id):
    if request.method == "POST":
        Comment.objects.filter(pk=request.POST.get("id")).delete()
    return HttpResponseRedirect("/")


# ok: python-django-view-writes-without-login
@login_required
def add_comment(request):
    Comment.objects.create(text=request.POST["text"], author=request.user)
    return HttpResponseRedirect("/")


# ok: python-django-view-writes-without-login
def edit_comment(request, comment_id):
    if not request.user.is_authenticated:
        return HttpResponseRedirect("/login/")
    comment = Comment.objects.get(pk=comment_id)
    comment.text = request.POST["text"]
    comment.save()
    return HttpResponseRedirect("/")


# A sign-up or password-reset form is public by design.
# ok: python-django-view-writes-without-login
def signup(request):
    form_user = Choice(choice_text=request.POST["username"])
    form_user.save()
    return HttpResponseRedirect("/")


# A view that only reads the form writes nothing.
# ok: python-django-view-writes-without-login
def search(request):
    return render(request, "search.html", {"q": request.POST.get("q")})
