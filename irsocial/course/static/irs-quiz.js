/* Kernel-free quizzes for "Social Media for Interventional Radiologists".
   Each question is a <form>; pressing "Check answer" (mouse, Enter or Space) shows whether the
   chosen option is right, explains it, and opens the explanations of every option. */
(function () {
  "use strict";
  function explain(form, index) {
    var why = form.querySelector('.irs-quiz-explanations li[data-option="' + index + '"] .irs-quiz-why');
    return why ? why.textContent : "";
  }
  function onSubmit(event) {
    event.preventDefault();
    var form = event.currentTarget;
    var feedback = form.querySelector(".irs-quiz-feedback");
    var chosen = form.querySelector('input[type="radio"]:checked');
    if (!chosen) {
      feedback.className = "irs-quiz-feedback irs-quiz-empty";
      feedback.textContent = "Choose an answer first, then press “Check answer”.";
      return;
    }
    var right = chosen.value === form.getAttribute("data-correct");
    feedback.className = "irs-quiz-feedback " + (right ? "irs-quiz-right" : "irs-quiz-wrong");
    feedback.textContent = (right ? "✓ Correct. " : "✗ Not quite — try another option. ") + explain(form, chosen.value);
    var details = form.querySelector(".irs-quiz-explanations");
    if (details && right) { details.open = true; }
  }
  function init() {
    var forms = document.querySelectorAll("form.irs-quiz-question");
    for (var i = 0; i < forms.length; i++) { forms[i].addEventListener("submit", onSubmit); }
  }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", init); } else { init(); }
})();
