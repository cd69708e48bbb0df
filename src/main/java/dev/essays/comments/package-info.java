/**
 * Comments, as plain Java: what a submission must look like ({@link dev.essays.comments.SubmissionValidator},
 * {@link dev.essays.comments.TextNormalizer}), what status it gets ({@link dev.essays.comments.ModerationPolicy}),
 * the spam defences ({@link dev.essays.comments.TimeTokens}, {@link dev.essays.comments.RateLimiter},
 * {@link dev.essays.comments.DuplicateTexts}, the honeypot), threading ({@link dev.essays.comments.CommentTree})
 * and rendering ({@link dev.essays.comments.CommentHtml}, {@link dev.essays.comments.CommentListHtml},
 * {@link dev.essays.comments.ResponseHeading}). {@link dev.essays.comments.CommentService} ties them together.
 * No JCR or HTTP types here: storage is {@code jcr}, mail is {@code mail}, HTTP is {@code rest}.
 */
package dev.essays.comments;
