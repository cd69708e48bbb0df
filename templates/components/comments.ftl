[#ftl output_format="HTML" strip_whitespace=true]
[#-- The comment area under an essay: "N Responses to <title>", the threaded approved comments, and "Leave a Reply".
     Everything visitors wrote arrives escaped in the prepared HTML. Works without JavaScript; with it, the form
     gets its time token from an uncached endpoint and the list refreshes itself, so cached pages stay current. --]
[#assign essay = essayfn.essay(ctx.getParameter("slug")!"")!]
[#if essay?has_content]
[#assign comments = essayfn.comments(essay.slug, ctx.getParameter("unapproved")!"", ctx.getParameter("moderation-hash")!"")!]
[#if comments?has_content]
[#assign replyTo = ctx.getParameter("replytocom")!""]
<section id="comments" class="comments-area" aria-labelledby="comments-title"
         data-essay="${essay.slug}" data-etag="${comments.etag()}"
         data-list="${ctx.contextPath}/.rest/essays/v1/essays/${essay.slug?url('UTF-8')}/comments?format=html"
         data-token="${ctx.contextPath}/.rest/essays/v1/comments/token?essay=${essay.slug?url('UTF-8')}">
  <h2 id="comments-title" class="comments-title">${i18n.get(comments.headingKey(), [comments.count(), comments.title()])}</h2>
  ${comments.pendingHtml()?no_esc}
  <div class="comment-list-container" aria-live="polite">${comments.listHtml()?no_esc}</div>
  [#if comments.open()]
    <div id="respond" class="comment-respond">
      <h3 id="reply-title" class="comment-reply-title">${i18n['essays.comments.leaveReply']}
        <small class="cancel-reply"[#if !replyTo?has_content] hidden[/#if]><a id="cancel-comment-reply-link" href="${ctx.contextPath}${essay.permalink}#respond">${i18n['essays.comments.cancelReply']}</a></small></h3>
      <form action="${ctx.contextPath}/.rest/essays/v1/comments" method="post" id="commentform" class="comment-form">
        <p class="comment-notes">${i18n['essays.comments.notes']}</p>
        <p class="comment-form-comment">
          <label for="comment">${i18n['essays.comments.comment']} <span class="required" aria-hidden="true">*</span></label>
          <textarea id="comment" name="comment" cols="45" rows="6" maxlength="5000" required></textarea>
        </p>
        <p class="comment-form-author">
          <label for="author">${i18n['essays.comments.name']} <span class="required" aria-hidden="true">*</span></label>
          <input id="author" name="author" type="text" maxlength="245" autocomplete="name" required>
        </p>
        <p class="comment-form-email">
          <label for="email">${i18n['essays.comments.email']} <span class="required" aria-hidden="true">*</span></label>
          <input id="email" name="email" type="email" maxlength="100" autocomplete="email" required aria-describedby="email-notes">
          <span id="email-notes" class="field-note">${i18n['essays.comments.emailNote']}</span>
        </p>
        <p class="comment-form-url">
          <label for="url">${i18n['essays.comments.website']}</label>
          <input id="url" name="url" type="url" maxlength="200" autocomplete="url">
        </p>
        <p class="comment-form-cookies-consent">
          <input id="remember" name="remember" type="checkbox" value="yes">
          <label for="remember">${i18n['essays.comments.remember']}</label>
        </p>
        <p class="comment-form-notify">
          <input id="notify_replies" name="notify_replies" type="checkbox" value="1">
          <label for="notify_replies">${i18n['essays.comments.notifyReplies']}</label>
        </p>
        [#if essayfn.commentPrivacyConsentRequired()]
        <p class="comment-form-privacy">
          <input id="privacy_consent" name="privacy_consent" type="checkbox" value="1" required>
          <label for="privacy_consent">${i18n['essays.comments.privacyConsent']} <span class="required" aria-hidden="true">*</span></label>
        </p>
        [/#if]
        [#-- Left empty by people; bots that fill every field are caught by it. Hidden from sight and from assistive technology. --]
        <p class="comment-form-hp" aria-hidden="true">
          <label for="essays_hp">${i18n['essays.comments.honeypot']}</label>
          <input id="essays_hp" name="essays_hp" type="text" tabindex="-1" autocomplete="off">
        </p>
        <input type="hidden" name="essay" value="${essay.slug}">
        <input type="hidden" name="comment_parent" id="comment_parent" value="${replyTo}">
        <input type="hidden" name="token" id="comment_token" value="">
        <input type="hidden" name="redirect_to" value="${ctx.contextPath}${essay.permalink}">
        <p class="form-submit"><button type="submit" id="submit">${i18n['essays.comments.post']}</button></p>
        <p class="comment-form-status" role="status" aria-live="polite"></p>
      </form>
    </div>
  [#else]
    <p class="comments-closed">${i18n['essays.comments.closed']}</p>
  [/#if]
  <details class="comment-personal-data">
    <summary>${i18n['essays.comments.personalData']}</summary>
    <form action="${ctx.contextPath}/.rest/essays/v1/comments/mine" method="post" id="personal-data-form">
      <p>${i18n['essays.comments.personalDataText']}</p>
      <p><label for="personal-data-email">${i18n['essays.comments.email']}</label>
        <input id="personal-data-email" name="email" type="email" maxlength="100" autocomplete="email" required></p>
      <p><button type="submit">${i18n['essays.comments.personalDataSend']}</button></p>
      <p class="comment-form-status" role="status" aria-live="polite"></p>
    </form>
  </details>
</section>
<script src="${ctx.contextPath}/.resources/essays/webresources/js/comments.js" defer></script>
[/#if]
[/#if]
