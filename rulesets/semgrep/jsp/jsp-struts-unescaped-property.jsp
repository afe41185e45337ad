<%@ page contentType="text/html; charset=UTF-8" %>
<%@ taglib prefix="s" uri="/struts-tags" %>
<table>
<s:iterator value="products">
<tr>
    <!-- ok: jsp-struts-unescaped-property -->
    <td><s:property value="id"/></td>
    <!-- ruleid: jsp-struts-unescaped-property -->
    <td><s:property value="name" escape="false"/></td>
    <!-- ruleid: jsp-struts-unescaped-property -->
    <td><s:property escapeHtml="false" value="description"/></td>
    <!-- ok: jsp-struts-unescaped-property -->
    <td><s:property value="code" escapeHtml="true"/></td>
    <!-- ok: jsp-struts-unescaped-property -->
    <td><s:property value="tags" escapeJavaScript="false"/></td>
</tr>
</s:iterator>
</table>
<!-- ruleid: jsp-struts-unescaped-property -->
<div><s:property
        value="comment"
        escapeHtml="false"/></div>
